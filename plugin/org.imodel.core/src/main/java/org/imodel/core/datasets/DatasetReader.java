package org.imodel.core.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;

/**
 * Reads a published per-cycle file, or every {@code .csv} file below a folder (recursively, in a stable order:
 * paths sorted with numbers compared by value, so LSD's 2.csv comes before 10.csv), detecting the format of each
 * file from its header. Other files in a folder are skipped and noted in the QC report.
 */
public final class DatasetReader {

    private final PublishedFileReader fileReader;

    /** @param options reader options */
    public DatasetReader(ReadOptions options) {
        this.fileReader = new PublishedFileReader(options);
    }

    /**
     * @param fileOrFolder a CSV file or a folder
     * @param qc report to fill
     * @param sink receives the rows, file after file
     * @param progress progress per file, cancellation
     * @return rows delivered
     * @throws IOException when a file cannot be read
     * @throws DataFormatException on unusable content, naming file, line and column (rows of earlier files and
     *         earlier lines have already been delivered)
     * @throws CancelledException when cancelled
     */
    public long read(Path fileOrFolder, QcReport qc, Consumer<CycleRecord> sink, Progress progress)
            throws IOException, DataFormatException, CancelledException {
        List<Path> files = files(fileOrFolder, qc);
        long rows = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            progress.checkCancelled();
            progress.report(i / (double) files.size(), "Reading " + file.getFileName() + " (" + (i + 1) + " of "
                    + files.size() + ")");
            rows += fileReader.read(file, qc, sink, progress);
        }
        progress.report(1, "Read " + rows + " rows from " + files.size() + " file(s)");
        return rows;
    }

    /**
     * @param fileOrFolder a file or a folder
     * @param qc receives a note for every skipped non-CSV file
     * @return the CSV files to read, in reading order
     * @throws IOException when the folder cannot be listed or the path does not exist
     */
    public static List<Path> files(Path fileOrFolder, QcReport qc) throws IOException {
        return files(fileOrFolder, qc, List.of(".csv"));
    }

    /**
     * @param fileOrFolder a file or a folder
     * @param qc receives a note for every skipped file
     * @param extensions accepted file name endings (lower case, e.g. ".csv")
     * @return the files to read, in reading order
     * @throws IOException when the folder cannot be listed, the path does not exist or no file is accepted
     */
    public static List<Path> files(Path fileOrFolder, QcReport qc, List<String> extensions) throws IOException {
        if (!Files.exists(fileOrFolder)) {
            throw new IOException(fileOrFolder + " does not exist. Choose an existing file or folder.");
        }
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        List<Path> csv = new ArrayList<>();
        try (Stream<Path> all = Files.walk(fileOrFolder)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile).sorted(NATURAL)::iterator) {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (extensions.stream().anyMatch(lower::endsWith)) {
                    csv.add(p);
                } else if (!name.startsWith(".") && !name.equalsIgnoreCase("README.md")) {
                    qc.note("skipped " + p + ": not a " + String.join(" or ", extensions) + " file");
                }
            }
        }
        if (csv.isEmpty()) {
            throw new IOException("no " + String.join(" or ", extensions) + " file found below " + fileOrFolder
                    + ". Choose the folder that holds the data files.");
        }
        return csv;
    }

    /** Orders paths so that runs of digits compare by value ("2.csv" before "10.csv"). */
    static final Comparator<Path> NATURAL = (a, b) -> compareNatural(a.toString(), b.toString());

    private static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
