// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * KNIME's XML config format, as found in the settings.xml and workflow.knime files KNIME saves: root element
 * {@code <config key=...>} in namespace http://www.knime.org/2008/09/XMLConfig, nested {@code <config key>}
 * elements, leaves {@code <entry key type value [isnull="true"]>}; four-space indentation, empty configs as
 * {@code <config key="..."/>}; attribute text escapes &amp; &lt; &gt; &quot; and writes control characters as
 * %%NNNNN (five-digit decimal code). Transient strings are not written. Checked against real KNIME 5.1 and 5.4
 * files by the stand-in's format test.
 */
final class XmlConfig {

    static final String NAMESPACE = "http://www.knime.org/2008/09/XMLConfig";

    private static final String ROOT_ATTRIBUTES = " xmlns=\"" + NAMESPACE + "\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xsi:schemaLocation=\"" + NAMESPACE + " http://www.knime.org/XMLConfig_2008_09.xsd\"";

    private static final Pattern CONTROL = Pattern.compile("%%(\\d{5})");

    private XmlConfig() {
    }

    static void write(final ConfigBase config, final OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<config").append(ROOT_ATTRIBUTES).append(" key=\"").append(escape(config.getKey())).append('"');
        children(config, b, "    ");
        b.append('\n');
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Writes ">" + children + closing tag, or "/>" when there are none (no newline after). */
    private static void children(final ConfigBase config, final StringBuilder b, final String indent) {
        boolean any = false;
        for (AbstractConfigEntry e : config.entries()) {
            if (e instanceof ValueEntry && "xtransientstring".equals(((ValueEntry) e).type())) {
                continue;
            }
            if (!any) {
                b.append(">\n");
                any = true;
            }
            b.append(indent);
            if (e instanceof ConfigBase) {
                b.append("<config key=\"").append(escape(e.getKey())).append('"');
                children((ConfigBase) e, b, indent + "    ");
            } else {
                ValueEntry v = (ValueEntry) e;
                b.append("<entry key=\"").append(escape(v.getKey())).append("\" type=\"").append(v.type())
                    .append('"');
                if (v.value() == null) {
                    b.append(" isnull=\"true\" value=\"\"");
                } else {
                    b.append(" value=\"").append(escape(v.value())).append('"');
                }
                b.append("/>");
            }
            b.append('\n');
        }
        if (any) {
            b.append(indent, 0, indent.length() - 4).append("</config>");
        } else {
            b.append("/>");
        }
    }

    static String escape(final String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    b.append("&amp;");
                    break;
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                default:
                    if (c < 32) {
                        b.append(String.format("%%%%%05d", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.toString();
    }

    static String unescape(final String s) {
        if (s.indexOf("%%") < 0) {
            return s;
        }
        Matcher m = CONTROL.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1)))));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * Reads an XML config into target (its own key is kept).
     *
     * @return the key of the file's root config
     */
    static String read(final ConfigBase target, final InputStream in) throws IOException {
        Reader reader = new Reader(target);
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            SAXParser parser = factory.newSAXParser();
            parser.parse(in, reader);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Not a KNIME XML config: " + e.getMessage(), e);
        }
        if (reader.rootKey == null) {
            throw new IOException("Not a KNIME XML config: no root <config> element");
        }
        return reader.rootKey;
    }

    private static final class Reader extends DefaultHandler {

        private final Deque<ConfigBase> open = new ArrayDeque<>();
        private final ConfigBase target;
        private String rootKey;

        Reader(final ConfigBase target) {
            this.target = target;
        }

        @Override
        public void startElement(final String uri, final String localName, final String qName,
            final Attributes attributes) throws SAXException {
            String key = attributes.getValue("key");
            if (key == null) {
                throw new SAXException("<" + localName + "> without key attribute");
            }
            key = unescape(key);
            if ("config".equals(localName)) {
                if (open.isEmpty()) {
                    if (rootKey != null) {
                        throw new SAXException("more than one root config");
                    }
                    rootKey = key;
                    open.push(target);
                } else {
                    open.push(open.peek().addConfigBase(key));
                }
            } else if ("entry".equals(localName)) {
                if (open.isEmpty()) {
                    throw new SAXException("<entry> outside <config>");
                }
                String type = attributes.getValue("type");
                boolean isNull = "true".equals(attributes.getValue("isnull"));
                String value = attributes.getValue("value");
                open.peek().putValue(key, type, isNull ? null : unescape(value == null ? "" : value));
            } else {
                throw new SAXException("unexpected element <" + localName + ">");
            }
        }

        @Override
        public void endElement(final String uri, final String localName, final String qName) {
            if ("config".equals(localName)) {
                open.pop();
            }
        }
    }
}
