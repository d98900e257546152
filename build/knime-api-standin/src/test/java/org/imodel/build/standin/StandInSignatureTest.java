package org.imodel.build.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;

/**
 * Drift test for the compile-only KNIME API stand-in: every public/protected type, field, constructor and method of
 * the stand-in (all classes under org/knime of its output folder) must appear verbatim in the KNIME 5.5 signature list
 * named by the system property {@code standin.signatures}; the types our plugin subclasses or implements must carry
 * every abstract member the list records for them.
 */
public class StandInSignatureTest {

    /** Property set by surefire (see pom.xml). */
    static final String LIST_PROPERTY = "standin.signatures";

    /**
     * Types our code may subclass or implement: all their listed abstract members must be present, so that a class
     * that compiles against the stand-in is also complete (links) against the real KNIME 5.5 API.
     */
    static final List<String> MUST_BE_COMPLETE = List.of( //
        "org.knime.core.node.NodeFactory", //
        "org.knime.core.node.NodeModel", //
        "org.knime.core.node.NodeView", //
        "org.knime.core.node.AbstractNodeView", //
        "org.knime.core.node.AbstractNodeView$ViewableModel", //
        "org.knime.core.node.NodeDialogPane", //
        "org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane", //
        "org.knime.core.node.defaultnodesettings.DialogComponent", //
        "org.knime.core.node.defaultnodesettings.SettingsModel", //
        "org.knime.core.node.defaultnodesettings.SettingsModelNumber", //
        "org.knime.core.data.DataRow", //
        "org.knime.core.node.port.AbstractSimplePortObject", //
        "org.knime.core.node.port.AbstractSimplePortObjectSpec", //
        "org.knime.core.node.port.AbstractSimplePortObject$AbstractSimplePortObjectSerializer", //
        "org.knime.core.node.port.AbstractSimplePortObjectSpec$AbstractSimplePortObjectSpecSerializer", //
        "org.knime.core.data.container.CellFactory", //
        "org.knime.core.data.container.AbstractCellFactory", //
        "org.knime.core.data.DataTable", //
        "org.knime.core.data.DataCell", //
        "org.knime.core.data.DataValue", //
        "org.knime.core.data.DoubleValue", //
        "org.knime.core.data.IntValue", //
        "org.knime.core.data.LongValue", //
        "org.knime.core.data.StringValue", //
        "org.knime.core.data.RowIterator", //
        "org.knime.core.data.container.CloseableRowIterator", //
        "org.knime.core.node.port.PortObject", //
        "org.knime.core.node.port.PortObjectSpec", //
        "org.knime.core.node.streamable.StreamableOperator", //
        "org.knime.core.node.streamable.RowInput", //
        "org.knime.core.node.streamable.RowOutput");

    static final int MIN_TYPES = 30;

    @Test
    void standInIsSubsetOfKnime55List() throws Exception {
        ApiSignatures.SignatureList list = loadList();
        List<Class<?>> classes = standInClasses();

        ApiSignatures.Report report = ApiSignatures.check(classes, list, MUST_BE_COMPLETE);

        if (!report.problems.isEmpty()) {
            fail(report.problems.size() + " stand-in signature problem(s) against " + System.getProperty(LIST_PROPERTY)
                + ":\n  " + String.join("\n  ", report.problems));
        }
        assertTrue(report.types >= MIN_TYPES, "only " + report.types + " stand-in types were checked (expected at least "
            + MIN_TYPES + "); is the class scan looking at the right folder?");
        assertTrue(report.members > 0, "no members were checked");
        System.out.println("stand-in signature check: " + report.types + " types, " + report.members
            + " members, all in KNIME 5.5 list");
    }

    // ------------------------------------------------------------------------------------------- renderer checks

    /** Test-only type with signatures of every shape the list uses (not part of the stand-in). */
    public abstract static class Sample<T extends Number & Comparable<T>> implements Comparable<Sample<T>>,
        Serializable {
        private static final long serialVersionUID = 1L;

        public static final String NAME = "sample";

        protected int[] m_counts;

        @Deprecated
        public Sample(final int x) {
        }

        protected Sample(final String... names) {
        }

        public java.util.List<? extends T> items(final Class<? super T> c, final String... names)
            throws IOException, IllegalStateException {
            return null;
        }

        protected abstract <E extends Comparable<E> & Serializable> E pick(Map<String, E> m, E[] all);

        public static final long[][] counts(final long a) {
            return null;
        }

        /** Nested interface: implicit modifiers must be written out. */
        public interface Api {
            int SIZE = 3;

            int size();

            default Map<String, ?> hello() {
                return null;
            }

            static Api of() {
                return null;
            }
        }

        /** Nested enum: values()/valueOf listed, type not final. */
        public enum Kind {
            A, @Deprecated B
        }
    }

    private static final String S = "org.imodel.build.standin.StandInSignatureTest$Sample";

    @Test
    void rendererWritesTheListFormat() {
        ApiSignatures.RenderedType t = ApiSignatures.render(Sample.class);
        assertEquals("TYPE class public abstract static " + S
            + "<T extends java.lang.Number & java.lang.Comparable<T>> implements java.lang.Comparable<" + S
            + "<T>>, java.io.Serializable", t.typeLine);
        Set<String> expected = new TreeSet<>(List.of( //
            "FIELD " + S + " :: public static final java.lang.String NAME", //
            "FIELD " + S + " :: protected int[] m_counts", //
            "MEMBER " + S + " :: public Sample(int) @Deprecated", //
            "MEMBER " + S + " :: protected Sample(java.lang.String...)", //
            "MEMBER " + S + " :: public java.util.List<? extends T> items(java.lang.Class<? super T>, "
                + "java.lang.String...) throws java.io.IOException, java.lang.IllegalStateException", //
            "MEMBER " + S + " :: protected abstract <E extends java.lang.Comparable<E> & java.io.Serializable> E "
                + "pick(java.util.Map<java.lang.String, E>, E[])", //
            "MEMBER " + S + " :: public static final long[][] counts(long)"));
        assertEquals(expected, new TreeSet<>(t.members));

        ApiSignatures.RenderedType api = ApiSignatures.render(Sample.Api.class);
        assertEquals("TYPE interface public static " + S + "$Api", api.typeLine);
        assertEquals(new TreeSet<>(List.of( //
            "FIELD " + S + "$Api :: public static final int SIZE", //
            "MEMBER " + S + "$Api :: public abstract int size()", //
            "MEMBER " + S + "$Api :: public default java.util.Map<java.lang.String, ?> hello()", //
            "MEMBER " + S + "$Api :: public static " + S + "$Api of()")), new TreeSet<>(api.members));

        ApiSignatures.RenderedType kind = ApiSignatures.render(Sample.Kind.class);
        assertEquals("TYPE enum public static " + S + "$Kind", kind.typeLine);
        assertEquals(new TreeSet<>(List.of( //
            "FIELD " + S + "$Kind :: public static final " + S + "$Kind A", //
            "FIELD " + S + "$Kind :: public static final " + S + "$Kind B @Deprecated", //
            "MEMBER " + S + "$Kind :: public static " + S + "$Kind valueOf(java.lang.String)", //
            "MEMBER " + S + "$Kind :: public static " + S + "$Kind[] values()")), new TreeSet<>(kind.members));
    }

    @Test
    void comparisonReportsMismatches() {
        // A list that matches Sample except for: a missing wildcard, a missing 'final', a supertype not listed,
        // an abstract member Sample lacks, and one member only listed under another name.
        List<String> listLines = new ArrayList<>();
        listLines.add("TYPE class public abstract static " + S
            + "<T extends java.lang.Number & java.lang.Comparable<T>> implements java.io.Serializable");
        listLines.add("FIELD " + S + " :: public static final java.lang.String NAME");
        listLines.add("FIELD " + S + " :: protected int[] m_counts");
        listLines.add("MEMBER " + S + " :: public Sample(int) @Deprecated");
        listLines.add("MEMBER " + S + " :: protected Sample(java.lang.String...)");
        listLines.add("MEMBER " + S + " :: public java.util.List<T> items(java.lang.Class<? super T>, "
            + "java.lang.String...) throws java.io.IOException, java.lang.IllegalStateException");
        listLines.add("MEMBER " + S + " :: protected abstract <E extends java.lang.Comparable<E> & java.io.Serializable> "
            + "E pick(java.util.Map<java.lang.String, E>, E[])");
        listLines.add("MEMBER " + S + " :: public static long[][] counts(long)");
        listLines.add("MEMBER " + S + " :: public abstract void mustImplement(java.lang.String)");
        ApiSignatures.SignatureList list = ApiSignatures.SignatureList.parse(listLines);

        ApiSignatures.Report r = ApiSignatures.check(List.of(Sample.class), list, List.of(S));
        String all = String.join("\n", r.problems);

        assertEquals(1, r.types);
        assertEquals(7, r.members);
        assertEquals(4, r.problems.size(), all);
        assertTrue(all.contains("(a) supertype java.lang.Comparable<" + S + "<T>> of " + S), all);
        assertTrue(all.contains("(b) not in list: MEMBER " + S + " :: public java.util.List<? extends T> items("), all);
        assertTrue(all.contains("closest:     MEMBER " + S + " :: public java.util.List<T> items("), all);
        assertTrue(all.contains("(b) not in list: MEMBER " + S + " :: public static final long[][] counts(long)\n"
            + "      closest:     MEMBER " + S + " :: public static long[][] counts(long)"), all);
        assertTrue(all.contains("(c) abstract member missing from stand-in (code subclassing it would not link against "
            + "KNIME): MEMBER " + S + " :: public abstract void mustImplement(java.lang.String)"), all);

        // and the same comparison passes once the list agrees with the class
        List<String> fixed = listLines.stream().filter(l -> !l.contains("mustImplement")).map(l -> l
            .replace("implements java.io.Serializable",
                "implements java.lang.Comparable<" + S + "<T>>, java.io.Serializable")
            .replace("java.util.List<T> items", "java.util.List<? extends T> items")
            .replace("public static long[][]", "public static final long[][]")).collect(Collectors.toList());
        ApiSignatures.Report ok = ApiSignatures.check(List.of(Sample.class), ApiSignatures.SignatureList.parse(fixed),
            List.of(S));
        assertEquals(List.of(), ok.problems);
    }

    @Test
    void listParsingSplitsGenericTypeLines() {
        ApiSignatures.ListedType t = ApiSignatures.parseTypeLine("TYPE class public abstract static "
            + "a.B$C<T extends a.D> extends a.E$F<T> implements a.G<T, ? extends a.H>, a.I @Deprecated");
        assertEquals("a.B$C", t.fqcn);
        assertEquals("TYPE class public abstract static a.B$C<T extends a.D>", t.head);
        assertEquals(List.of("a.E$F<T>", "a.G<T, ? extends a.H>", "a.I"), t.supertypes);
        assertTrue(t.deprecated);
    }

    // ------------------------------------------------------------------------------------------- helpers

    static ApiSignatures.SignatureList loadList() throws IOException {
        String p = System.getProperty(LIST_PROPERTY);
        if (p == null || p.isBlank()) {
            fail("system property '" + LIST_PROPERTY + "' is not set; it must point at the KNIME 5.5 signature list "
                + "(surefire sets it to src/test/resources/knime-api-5.5-signatures.txt)");
        }
        Path file = Paths.get(p);
        if (!Files.isRegularFile(file)) {
            fail("KNIME 5.5 signature list not found: " + file.toAbsolutePath() + " (system property '"
                + LIST_PROPERTY + "')");
        }
        ApiSignatures.SignatureList list =
            ApiSignatures.SignatureList.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        if (list.types.isEmpty() || list.memberLines.isEmpty()) {
            fail("signature list " + file + " contains no TYPE or no MEMBER lines");
        }
        return list;
    }

    /** All classes under org/knime in the classpath root (folder or jar) that holds the stand-in's DataCell. */
    static List<Class<?>> standInClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Paths.get(DataCell.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(root)) {
            names.addAll(classNames(root, root.resolve("org/knime")));
        } else {
            try (FileSystem zip = FileSystems.newFileSystem(root, (ClassLoader)null)) {
                Path zroot = zip.getPath("/");
                names.addAll(classNames(zroot, zroot.resolve("org/knime")));
            }
        }
        if (names.isEmpty()) {
            fail("no classes found under org/knime in " + root);
        }
        ClassLoader loader = StandInSignatureTest.class.getClassLoader();
        List<Class<?>> classes = new ArrayList<>();
        for (String n : new TreeSet<>(names)) {
            classes.add(Class.forName(n, false, loader));
        }
        return classes;
    }

    private static Collection<String> classNames(final Path root, final Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> f.toString().endsWith(".class"))
                .map(f -> root.relativize(f).toString().replace('\\', '/'))
                .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                .filter(n -> !n.endsWith("module-info") && !n.endsWith("package-info")).collect(Collectors.toList());
        }
    }
}
