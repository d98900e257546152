package org.imodel.core.djl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

import ai.djl.util.Utils;

class DjlRuntimeTest {

    @Test
    void engineIsConfiguredOfflineAndSilent() {
        DjlRuntime.engine();
        assertEquals("true", System.getProperty("OPT_OUT_TRACKING"));
        assertEquals("true", System.getProperty("ai.djl.offline"));
        assertTrue(Utils.isOfflineMode(), "DJL must report offline mode");
        assertEquals("true", Utils.getEnvOrSystemProperty("OPT_OUT_TRACKING"),
                "DJL must see the tracking opt-out");
        assertEquals("1", System.getProperty("ai.djl.pytorch.num_threads"));
    }

    @Test
    void cacheFolderIsTheConfiguredOne() {
        String configured = System.getProperty(DjlRuntime.CACHE_DIR_PROPERTY);
        DjlRuntime.engine();
        Path expected = Paths.get(configured).toAbsolutePath();
        assertEquals(expected, DjlRuntime.cacheDir());
        assertEquals(expected, Utils.getCacheDir().toAbsolutePath(), "DJL itself must use our cache folder");
    }

    @Test
    void contextClassLoaderIsRestoredAfterCall() {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        DjlRuntime.call(() -> Thread.currentThread().getContextClassLoader());
        assertEquals(before, Thread.currentThread().getContextClassLoader());
    }

    @Test
    void forwardPassMatchesPlainJava() {
        EngineSelfCheck.Result result = EngineSelfCheck.run();
        System.out.println("engine self-check: " + result.engine() + " output "
                + java.util.Arrays.toString(result.output()) + " max |diff| " + result.maxAbsDiff());
        assertTrue(result.engine().startsWith("PyTorch 2.7.1"), result.engine());
        assertArrayEquals(result.expected(), result.output(), 1e-5f);
        assertTrue(result.passed());
    }
}
