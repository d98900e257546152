package org.imodel.core.djl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;
import java.util.function.Supplier;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;

/**
 * The one entry point through which the engine starts DJL's PyTorch engine.
 *
 * <p>It makes DJL safe to use inside KNIME (OSGi) and on air-gapped machines:
 * <ul>
 * <li>before DJL's {@code Engine} class is initialised it sets {@code OPT_OUT_TRACKING=true} and
 * {@code ai.djl.offline=true}, so DJL never contacts the network (no telemetry probe, no native download);</li>
 * <li>it uses one intra-op and one inter-op thread unless {@value #THREADS_PROPERTY} (or DJL's own
 * {@code ai.djl.pytorch.num_threads}) says otherwise: on small models more threads only add contention;</li>
 * <li>it points DJL's cache (where libtorch is unpacked) to a writable folder: {@value #CACHE_DIR_PROPERTY},
 * else DJL's own {@code DJL_CACHE_DIR}, else {@code ~/.imodel/djl}, else the temporary folder;</li>
 * <li>it sets the thread context class loader to the class loader of the DJL bundle while the engine starts
 * (and around every call made through {@link #call(Supplier)}), because DJL finds its engine and its native
 * libraries through that loader.</li>
 * </ul>
 */
public final class DjlRuntime {

    /** System property: folder for DJL's cache (libtorch is unpacked there, about 450 MB). */
    public static final String CACHE_DIR_PROPERTY = "imodel.djl.cache";

    /** System property: number of PyTorch intra-op threads (default 1). */
    public static final String THREADS_PROPERTY = "imodel.djl.threads";

    /** The DJL engine we use. */
    public static final String ENGINE_NAME = "PyTorch";

    private static final String DJL_THREADS = "ai.djl.pytorch.num_threads";
    private static final String DJL_INTEROP_THREADS = "ai.djl.pytorch.num_interop_threads";
    private static final String DJL_CACHE = "DJL_CACHE_DIR";

    private static Engine engine;

    private DjlRuntime() {
    }

    /**
     * Returns the PyTorch engine, starting it on first use (offline, silent, with the configured threads and
     * cache folder).
     *
     * @return the started engine
     * @throws DjlUnavailableException if the engine cannot start, e.g. because no libtorch fragment matches
     *         this platform
     */
    public static synchronized Engine engine() {
        if (engine == null) {
            configureOffline();
            try {
                engine = call(() -> Engine.getEngine(ENGINE_NAME));
            } catch (RuntimeException | UnsatisfiedLinkError e) {
                throw new DjlUnavailableException("The PyTorch engine could not start on "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                        + " (cache folder " + cacheDir() + "). Check that the iMODEL libtorch fragment for this"
                        + " platform is installed and the cache folder is writable. Cause: " + e, e);
            }
        }
        return engine;
    }

    /**
     * Creates a new base NDManager of the started engine; close it with try-with-resources.
     *
     * @return a new manager
     */
    public static NDManager newManager() {
        Engine started = engine();
        return call(started::newBaseManager);
    }

    /**
     * Runs {@code work} with the thread context class loader set to the DJL bundle's loader.
     *
     * @param <T> result type
     * @param work the work
     * @return what {@code work} returns
     */
    public static <T> T call(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Engine.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Sets the system properties that keep DJL offline and silent, and the thread and cache settings. Safe to call
     * more than once; it must run before DJL's {@code Engine} class is initialised, which {@link #engine()}
     * guarantees for all code that goes through this class.
     */
    public static synchronized void configureOffline() {
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
        String threads = System.getProperty(THREADS_PROPERTY);
        if (threads != null || System.getProperty(DJL_THREADS) == null) {
            System.setProperty(DJL_THREADS, threads == null ? "1" : threads);
        }
        if (System.getProperty(DJL_INTEROP_THREADS) == null) {
            System.setProperty(DJL_INTEROP_THREADS, "1");
        }
        System.setProperty(DJL_CACHE, cacheDir().toString());
    }

    /**
     * The folder DJL uses as its cache, as chosen by the rules in the class description.
     *
     * @return an absolute path
     */
    public static Path cacheDir() {
        String configured = System.getProperty(CACHE_DIR_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty(DJL_CACHE, System.getenv(DJL_CACHE));
        }
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath();
        }
        Path home = Paths.get(System.getProperty("user.home"), ".imodel", "djl");
        return writable(home) ? home : Paths.get(System.getProperty("java.io.tmpdir"), "imodel-djl");
    }

    /**
     * Short description of the running engine, for logs and provenance.
     *
     * @return e.g. "PyTorch 2.7.1 (DJL 0.36.0, 1 thread)"
     */
    public static String describe() {
        Engine started = engine();
        return started.getEngineName() + " " + started.getVersion() + " (DJL " + Engine.getDjlVersion() + ", "
                + Objects.requireNonNullElse(System.getProperty(DJL_THREADS), "default") + " intra-op threads)";
    }

    private static boolean writable(Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.isWritable(dir);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
