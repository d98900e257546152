package org.imodel.knime.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the node bundle's plugin.xml and node descriptions as KNIME will read them: the category, every
 * registered factory (loadable, a NodeFactory, with a description XML and icon next to it), the extension
 * points' required attributes (KNIME's .exsd files) and the description XML against KNIME's schema.
 */
class PluginRegistrationTest {

    private static final String CATEGORIES = "org.knime.workbench.repository.categories";
    private static final String NODES = "org.knime.workbench.repository.nodes";
    private static final String PORT_TYPES = "org.knime.core.PortType";

    private final ClassLoader bundleLoader = PluginRegistrationTest.class.getClassLoader();

    @Test
    void declaresTheImodelCategory() throws Exception {
        List<String> paths = categoryPaths();
        assertTrue(paths.contains("/community/imodel"), "categories: " + paths);
    }

    @Test
    void everyFactoryExistsWithDescriptionAndIcon() throws Exception {
        List<Element> nodes = elements(NODES, "node");
        assertFalse(nodes.isEmpty(), "no node registered");
        Set<String> categories = new HashSet<>(categoryPaths());
        for (Element node : nodes) {
            String factory = node.getAttribute("factory-class");
            Class<?> type = bundleLoader.loadClass(factory);
            assertTrue(NodeFactory.class.isAssignableFrom(type), factory + " must extend NodeFactory");
            assertTrue(categories.contains(node.getAttribute("category-path")),
                    factory + " is in an undeclared category " + node.getAttribute("category-path"));
            String xml = factory.replace('.', '/') + ".xml";
            URL description = bundleLoader.getResource(xml);
            assertNotNull(description, "missing node description " + xml);
            String icon = parse(description).getDocumentElement().getAttribute("icon");
            String iconPath = xml.substring(0, xml.lastIndexOf('/') + 1) + icon;
            assertNotNull(bundleLoader.getResource(iconPath), "missing icon " + iconPath);
            assertNotNull(type.getConstructor().newInstance(), "factory must have a public no-arg constructor");
        }
    }

    @Test
    void requiredExtensionAttributesArePresent() throws Exception {
        Path schemas = SharedFolder.require("knime-schemas");
        checkRequired(schemas.resolve("Category.exsd"), elements(CATEGORIES, "category"));
        checkRequired(schemas.resolve("Node.exsd"), elements(NODES, "node"));
        checkRequired(schemas.resolve("PortType.exsd"), elements(PORT_TYPES, "portType"));
    }

    @Test
    void portTypeClassesExistWithPublicConstructors() throws Exception {
        for (Element port : elements(PORT_TYPES, "portType")) {
            Class<?> object = bundleLoader.loadClass(port.getAttribute("objectClass"));
            Class<?> spec = bundleLoader.loadClass(port.getAttribute("specClass"));
            assertTrue(PortObject.class.isAssignableFrom(object), object + " must be a PortObject");
            assertTrue(PortObjectSpec.class.isAssignableFrom(spec), spec + " must be a PortObjectSpec");
            Class<?> serializer = bundleLoader.loadClass(port.getAttribute("objectSerializer"));
            Class<?> specSerializer = bundleLoader.loadClass(port.getAttribute("specSerializer"));
            assertTrue(PortObject.PortObjectSerializer.class.isAssignableFrom(serializer), serializer.getName());
            assertTrue(PortObjectSpec.PortObjectSpecSerializer.class.isAssignableFrom(specSerializer),
                    specSerializer.getName());
            // KNIME creates the serializers; the generic simple-port serializers also create the object or spec
            for (Class<?> c : new Class<?>[] {serializer, specSerializer}) {
                assertNotNull(c.getConstructor(), c + " needs a public no-arg constructor for KNIME");
            }
            for (Class<?> c : new Class<?>[] {object, spec}) {
                if (AbstractSimplePortObject.class.isAssignableFrom(c)
                        || AbstractSimplePortObjectSpec.class.isAssignableFrom(c)) {
                    assertNotNull(c.getConstructor(), c + " needs a public no-arg constructor for KNIME");
                }
            }
            assertTrue(port.getAttribute("color").matches("#[0-9A-Fa-f]{6}"), "colour must be #RRGGBB");
        }
    }

    @Test
    void nodeDescriptionsValidateAgainstKnimeSchema() throws Exception {
        Path schemas = SharedFolder.require("knime-schemas");
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(schemas.resolve("Node_v4.1.xsd").toFile());
        for (Element node : elements(NODES, "node")) {
            String xml = node.getAttribute("factory-class").replace('.', '/') + ".xml";
            try (InputStream in = bundleLoader.getResourceAsStream(xml)) {
                schema.newValidator().validate(new StreamSource(in, xml));
            }
        }
    }

    private static void checkRequired(Path exsd, List<Element> declared) throws Exception {
        Document schema = parseFile(exsd);
        assertFalse(declared.isEmpty());
        String elementName = declared.get(0).getTagName();
        List<String> required = new ArrayList<>();
        NodeList elements = schema.getElementsByTagName("element");
        for (int i = 0; i < elements.getLength(); i++) {
            Element e = (Element) elements.item(i);
            if (elementName.equals(e.getAttribute("name"))) {
                NodeList attributes = e.getElementsByTagName("attribute");
                for (int a = 0; a < attributes.getLength(); a++) {
                    Element attribute = (Element) attributes.item(a);
                    if ("required".equals(attribute.getAttribute("use"))) {
                        required.add(attribute.getAttribute("name"));
                    }
                }
            }
        }
        assertFalse(required.isEmpty(), "no required attributes found for " + elementName + " in " + exsd);
        for (Element e : declared) {
            for (String attribute : required) {
                assertFalse(e.getAttribute(attribute).isBlank(),
                        elementName + " lacks required attribute '" + attribute + "' (" + exsd.getFileName() + ")");
            }
        }
    }

    private List<String> categoryPaths() throws Exception {
        List<String> paths = new ArrayList<>();
        for (Element category : elements(CATEGORIES, "category")) {
            String parent = category.getAttribute("path");
            paths.add((parent.endsWith("/") ? parent : parent + "/") + category.getAttribute("level-id"));
        }
        return paths;
    }

    private List<Element> elements(String point, String tag) throws Exception {
        URL pluginXml = bundleLoader.getResource("plugin.xml");
        assertNotNull(pluginXml, "plugin.xml not found in the node bundle");
        List<Element> out = new ArrayList<>();
        NodeList extensions = parse(pluginXml).getElementsByTagName("extension");
        for (int i = 0; i < extensions.getLength(); i++) {
            Element extension = (Element) extensions.item(i);
            if (point.equals(extension.getAttribute("point"))) {
                NodeList children = extension.getElementsByTagName(tag);
                for (int c = 0; c < children.getLength(); c++) {
                    out.add((Element) children.item(c));
                }
            }
        }
        assertFalse(out.isEmpty(), "no <" + tag + "> under extension point " + point);
        return out;
    }

    private static Document parse(URL url) throws Exception {
        try (InputStream in = url.openStream()) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static Document parseFile(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }
}
