package org.imodel.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streaming reader of delimited text on Apache Commons CSV (RFC 4180 quoting: fields in double quotes may hold the
 * delimiter, line breaks and doubled quotes). Memory is bounded by the longest record. Every problem is a
 * {@link DataFormatException} naming the file and the line: an unclosed quote, text after a closing quote, a byte
 * sequence that is not UTF-8.
 */
public final class DelimitedRecords implements Closeable {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String file;
    private final long firstLine;
    private long endLine;
    private long recordLine;

    /**
     * @param in the text (closed by {@link #close()})
     * @param delimiter field separator, e.g. ',' or '\t'
     * @param file file name for messages
     * @param firstLine 1-based line number of the first line of {@code in} in the file (1 unless lines were
     *        skipped before)
     * @throws IOException when the reader cannot be read
     */
    public DelimitedRecords(Reader in, char delimiter, String file, long firstLine) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        this.parser = CSVParser.builder().setReader(in).setFormat(format).get();
        this.records = parser.iterator();
        this.file = file;
        this.firstLine = firstLine;
    }

    /**
     * @param in the text (closed by {@link #close()})
     * @param delimiter field separator
     * @param file file name for messages
     * @throws IOException when the reader cannot be read
     */
    public DelimitedRecords(Reader in, char delimiter, String file) throws IOException {
        this(in, delimiter, file, 1);
    }

    /**
     * Reads the next record; an empty line is a record of one empty field.
     *
     * @return the fields, or null at the end of the input
     * @throws IOException on read errors
     * @throws DataFormatException on malformed quoting or text that is not UTF-8 (naming the line)
     */
    public String[] next() throws IOException, DataFormatException {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException || e.getCause() instanceof CharacterCodingException) {
                throw problem(e.getCause());
            }
            throw e.getCause();
        }
        recordLine = endLine + firstLine;
        endLine = parser.getCurrentLineNumber();
        return record.values();
    }

    private DataFormatException problem(IOException cause) {
        long line = endLine + firstLine;
        if (cause instanceof CharacterCodingException) {
            return new DataFormatException(file, line, null, "the text is not UTF-8 (it may be saved as Windows-1252"
                    + " or Latin-1). Save the file as UTF-8 (e.g. 'CSV UTF-8' in Excel) and read it again.");
        }
        String what = String.valueOf(cause.getMessage());
        if (what.contains("EOF reached before encapsulated token finished")) {
            return new DataFormatException(file, line, null, "a quoted field is not closed before the end of the"
                    + " file. Check that the file is complete and that every opening double quote has a closing one.");
        }
        if (what.contains("nvalid char") || what.contains("encapsulated token")) {
            return new DataFormatException(file, line, null, "text follows a closing double quote before the next"
                    + " delimiter. Put the whole field in quotes and double any quote inside it (\"\").");
        }
        return new DataFormatException(file, line, null, "the record cannot be read as delimited text. Check that"
                + " the file is a complete CSV file saved as UTF-8.");
    }

    /** @return the 1-based line number at which the last record returned by {@link #next()} starts */
    public long recordLine() {
        return recordLine;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
