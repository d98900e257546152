package org.imodel.core.io;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming reader of delimited text (RFC 4180 quoting: fields in double quotes may hold the delimiter, line
 * breaks and doubled quotes). Memory is bounded by the longest record, so files of any size can be read.
 */
public final class CsvReader implements Closeable {

    private final BufferedReader in;
    private final char delimiter;
    private final String name;
    private long line;
    private long recordLine;

    /**
     * @param in the text (buffered internally)
     * @param delimiter field separator, e.g. ',' or '\t'
     * @param name file name for messages
     */
    public CsvReader(Reader in, char delimiter, String name) {
        this.in = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in, 1 << 16);
        this.delimiter = delimiter;
        this.name = name;
    }

    /**
     * Reads the next record.
     *
     * @return the fields, or null at the end of the input
     * @throws IOException on read errors
     * @throws DataFormatException when a quoted field is not closed before the end of the file
     */
    public String[] next() throws IOException, DataFormatException {
        String text = in.readLine();
        if (text == null) {
            return null;
        }
        line++;
        recordLine = line;
        if (text.indexOf('"') < 0) {
            return split(text);
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == delimiter) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            if (!quoted) {
                break;
            }
            text = in.readLine();
            if (text == null) {
                throw new DataFormatException(name, recordLine, null,
                        "a quoted field is not closed before the end of the file. Check that the file is complete"
                                + " and that every opening double quote has a closing one.");
            }
            line++;
            field.append('\n');
        }
        fields.add(field.toString());
        return fields.toArray(new String[0]);
    }

    /** @return the 1-based line number at which the last record returned by {@link #next()} starts */
    public long recordLine() {
        return recordLine;
    }

    private String[] split(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == delimiter) {
                count++;
            }
        }
        String[] fields = new String[count];
        int start = 0;
        int f = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == delimiter) {
                fields[f++] = text.substring(start, i);
                start = i + 1;
            }
        }
        fields[f] = text.substring(start);
        return fields;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
