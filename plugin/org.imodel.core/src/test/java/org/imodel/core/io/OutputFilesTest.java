package org.imodel.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

    @TempDir
    Path dir;

    @Test
    void commitReplacesEveryOutputTogether() throws IOException {
        Path a = dir.resolve("cycles.csv");
        Path b = dir.resolve("cycles-qc.csv");
        Files.writeString(a, "old a");
        try (OutputFiles out = new OutputFiles(List.of())) {
            out.file(a);
            out.file(b);
            try (Writer w = out.writer(a)) {
                w.write("new a");
            }
            try (Writer w = out.writer(b)) {
                w.write("new b");
            }
            assertEquals("old a", Files.readString(a), "nothing replaced before the commit");
            assertFalse(Files.exists(b));
            out.commit();
        }
        assertEquals("new a", Files.readString(a));
        assertEquals("new b", Files.readString(b));
        assertEquals(List.of("cycles-qc.csv", "cycles.csv"), names(dir));
    }

    @Test
    void withoutCommitPreviousOutputsStayByteIdenticalAndNoTemporaryFileIsLeft() throws IOException {
        Path a = dir.resolve("cycles.csv");
        byte[] previous = "cell,cycle\nA,1\n".getBytes(StandardCharsets.UTF_8);
        Files.write(a, previous);
        try (OutputFiles out = new OutputFiles(List.of())) {
            out.file(a);
            try (Writer w = out.writer(a)) {
                w.write("cell,cycle\n");
            }
            assertEquals(2, names(dir).size(), "the temporary file sits next to the target");
            // the command fails here: no commit
        }
        assertArrayEquals(previous, Files.readAllBytes(a));
        assertEquals(List.of("cycles.csv"), names(dir));
    }

    @Test
    void missingFolderAndFolderTargetsAreRefusedAtOnce() {
        Path missing = dir.resolve("no-such-folder").resolve("m.imodel");
        OutputFiles out = new OutputFiles(List.of());
        String m = assertThrows(OutputFiles.OutputException.class, () -> out.file(missing)).getMessage();
        assertTrue(m.contains("no-such-folder") && m.contains("does not exist"), m);
        m = assertThrows(OutputFiles.OutputException.class, () -> out.file(dir)).getMessage();
        assertTrue(m.contains("is a folder"), m);
        assertThrows(OutputFiles.OutputException.class, () -> out.folder(missing));
    }

    @Test
    void anInputOrAFileInsideAnInputFolderIsRefused() throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Path file = Files.writeString(data.resolve("a.csv"), "x");
        OutputFiles out = new OutputFiles(List.of(data, file));
        String m = assertThrows(OutputFiles.OutputException.class, () -> out.file(file)).getMessage();
        assertTrue(m.contains("also an input"), m);
        Path sameFileOtherSpelling = dir.resolve("data/../data/./a.csv");
        assertThrows(OutputFiles.OutputException.class, () -> out.file(sameFileOtherSpelling));
        m = assertThrows(OutputFiles.OutputException.class, () -> out.file(data.resolve("out.csv"))).getMessage();
        assertTrue(m.contains("inside the folder") && m.contains("being read"), m);
        assertThrows(OutputFiles.OutputException.class, () -> out.folder(data.resolve("series")));
        assertEquals("x", Files.readString(file));
        assertEquals(dir.resolve("out.csv"), out.file(dir.resolve("out.csv")));
    }

    @Test
    void theSameOutputTwiceIsRefused() throws IOException {
        OutputFiles out = new OutputFiles(List.of());
        out.file(dir.resolve("f.csv"));
        assertThrows(OutputFiles.OutputException.class, () -> out.file(dir.resolve("./f.csv")));
    }

    @Test
    void aFolderCreatedForAFailedRunIsRemovedAndKeptWhenCommitted() throws IOException {
        Path series = dir.resolve("series");
        try (OutputFiles out = new OutputFiles(List.of())) {
            out.folder(series);
            Files.writeString(out.stage(series.resolve("SIM-001.csv")), "partial");
        }
        assertFalse(Files.exists(series));
        try (OutputFiles out = new OutputFiles(List.of())) {
            out.folder(series);
            Files.writeString(out.stage(series.resolve("SIM-001.csv")), "done");
            out.commit();
        }
        assertEquals(List.of("SIM-001.csv"), names(series));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
