package org.imodel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Installs every bundle of the built p2 update site into a fresh Equinox framework (plus the compile-only KNIME
 * stand-in, so that the node bundle can resolve), starts them, and runs the engine's DJL forward pass inside
 * the framework: the proof that the shipped bundles wire up and that PyTorch loads under OSGi.
 */
class UpdateSiteInEquinoxIT {

    private static Framework framework;
    private static final Map<String, Bundle> BUNDLES = new HashMap<>();

    @BeforeAll
    static void startFrameworkAndInstallUpdateSite() throws Exception {
        Path plugins = Paths.get(System.getProperty("imodel.update.site")).resolve("plugins");
        assertTrue(Files.isDirectory(plugins), "update site not built: " + plugins);
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, System.getProperty("imodel.osgi.storage"));
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.start();
        BundleContext context = framework.getBundleContext();
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(plugins)) {
            files.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(jars::add);
        }
        jars.add(standInJar());
        for (Path jar : jars) {
            Bundle bundle = context.installBundle(jar.toUri().toString());
            BUNDLES.put(bundle.getSymbolicName(), bundle);
        }
        System.out.println("Equinox " + context.getBundle(0).getVersion() + ": installed " + BUNDLES.keySet());
        framework.adapt(org.osgi.framework.wiring.FrameworkWiring.class).resolveBundles(null);
    }

    @AfterAll
    static void stopFramework() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    void updateSiteHoldsOurBundlesAndNotTheKnimeStandIn() throws IOException {
        Path plugins = Paths.get(System.getProperty("imodel.update.site")).resolve("plugins");
        try (Stream<Path> files = Files.list(plugins)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            for (String expected : List.of("org.imodel.core_", "org.imodel.knime_", "org.imodel.djl_",
                    "org.imodel.djl.natives.linux.x86_64_", "org.imodel.djl.natives.win32.x86_64_",
                    "org.imodel.djl.natives.macosx.aarch64_")) {
                assertTrue(names.stream().anyMatch(n -> n.startsWith(expected)), expected + " missing in " + names);
            }
            assertFalse(names.stream().anyMatch(n -> n.startsWith("org.knime")), "KNIME bundle shipped: " + names);
        }
    }

    @Test
    void bundlesResolveAndStartAndOnlyTheMatchingNativeFragmentAttaches() throws Exception {
        for (String name : List.of("org.imodel.djl", "org.imodel.core", "org.imodel.knime")) {
            Bundle bundle = BUNDLES.get(name);
            assertNotNull(bundle, name + " not installed");
            bundle.start();
            assertEquals(Bundle.ACTIVE, bundle.getState(), name + " did not start");
        }
        assertEquals(Bundle.RESOLVED, BUNDLES.get("org.imodel.djl.natives.linux.x86_64").getState(),
                "the linux fragment must attach on linux x86_64");
        assertEquals(Bundle.INSTALLED, BUNDLES.get("org.imodel.djl.natives.win32.x86_64").getState(),
                "the windows fragment must be filtered out here");
        assertEquals(Bundle.INSTALLED, BUNDLES.get("org.imodel.djl.natives.macosx.aarch64").getState(),
                "the macOS fragment must be filtered out here");
    }

    @Test
    void engineRunsADjlForwardPassInsideTheFramework() throws Exception {
        Bundle core = BUNDLES.get("org.imodel.core");
        core.start();
        Class<?> check = core.loadClass("org.imodel.core.djl.EngineSelfCheck");
        Object result = check.getMethod("run").invoke(null);
        Class<?> type = result.getClass();
        String engine = (String) type.getMethod("engine").invoke(result);
        float[] output = (float[]) type.getMethod("output").invoke(result);
        double diff = (double) type.getMethod("maxAbsDiff").invoke(result);
        Bundle engineOwner = FrameworkUtil.getBundle(core.loadClass("ai.djl.engine.Engine"));
        System.out.println("Inside Equinox: " + check.getName() + " loaded by bundle "
                + FrameworkUtil.getBundle(check).getSymbolicName() + " (" + check.getClassLoader().getClass().getName()
                + "); DJL from bundle " + engineOwner.getSymbolicName() + "; engine " + engine
                + "; forward pass " + Arrays.toString(output) + ", max |diff| vs plain Java " + diff);
        assertEquals("org.imodel.core", FrameworkUtil.getBundle(check).getSymbolicName());
        assertEquals("org.imodel.djl", engineOwner.getSymbolicName());
        assertTrue(engine.startsWith("PyTorch"), engine);
        assertTrue((boolean) type.getMethod("passed").invoke(result), "forward pass differs by " + diff);
        assertEquals("true", System.getProperty("OPT_OUT_TRACKING"));
        assertEquals("true", System.getProperty("ai.djl.offline"));
    }

    @Test
    void nodeBundleDeclaresTheCategoryAndItsFactoriesExist() throws Exception {
        Bundle knime = BUNDLES.get("org.imodel.knime");
        URL pluginXml = knime.getEntry("plugin.xml");
        assertNotNull(pluginXml, "plugin.xml missing from the installed node bundle");
        org.w3c.dom.Document doc;
        try (InputStream in = pluginXml.openStream()) {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        NodeList categories = doc.getElementsByTagName("category");
        boolean found = false;
        for (int i = 0; i < categories.getLength(); i++) {
            Element c = (Element) categories.item(i);
            found |= "/community".equals(c.getAttribute("path")) && "imodel".equals(c.getAttribute("level-id"));
        }
        assertTrue(found, "category /community/imodel not declared");
        NodeList nodes = doc.getElementsByTagName("node");
        assertTrue(nodes.getLength() > 0, "no nodes registered");
        Class<?> nodeFactory = BUNDLES.get("org.knime.core").loadClass("org.knime.core.node.NodeFactory");
        for (int i = 0; i < nodes.getLength(); i++) {
            String factory = ((Element) nodes.item(i)).getAttribute("factory-class");
            Class<?> type = knime.loadClass(factory);
            assertTrue(nodeFactory.isAssignableFrom(type), factory + " is not a NodeFactory");
            System.out.println("Inside Equinox: node factory " + factory + " loaded from "
                    + FrameworkUtil.getBundle(type).getSymbolicName());
        }
    }

    private static Path standInJar() throws Exception {
        URL location = org.knime.core.node.NodeFactory.class.getProtectionDomain().getCodeSource().getLocation();
        return Paths.get(location.toURI());
    }
}
