package vn.qrqg.platform.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time: comma-separated, fields optionally in double quotes,
 * a quote inside quotes doubled, commas and line breaks allowed inside quotes; CRLF, LF or CR
 * ends a record; a leading UTF-8 byte-order mark and blank lines are skipped. A malformed
 * record is returned with the reason, and reading resumes on the next line, so one bad row
 * never stops an import. Line numbers count physical lines from 1.
 */
public final class CsvReader {
    private static final int EOF = -1;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private int position;
    private int lookahead = -2; // -2: none
    private long line = 1;
    private boolean started;

    /**
     * @param line the physical line the record starts on
     * @param malformation why the record could not be read, or {@code null}
     */
    public record Record(long line, List<String> fields, String malformation) {
        public boolean isMalformed() {
            return malformation != null;
        }
    }

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record, or {@code null} at the end of the input. */
    public Record next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\n' || c == '\r') { // blank lines
            endOfLine(c);
            c = read();
        }
        if (c == EOF) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"') {
                while (true) {
                    c = read();
                    if (c == EOF) {
                        return new Record(start, fields, "a quoted field is not closed before the end of the file");
                    }
                    if (c == '"') {
                        c = read();
                        if (c != '"') {
                            break;
                        }
                    } else if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    field.append((char) c);
                }
                if (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    skipRestOfLine(c);
                    return new Record(start, fields, "a quoted field must end at a comma or the end of the line");
                }
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    if (c == '"') {
                        skipRestOfLine(c);
                        return new Record(start, fields, "a quote inside a field that does not start with one");
                    }
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (c != ',') {
                endOfLine(c);
                return new Record(start, List.copyOf(fields), null);
            }
            c = read();
        }
    }

    private void skipRestOfLine(int c) throws IOException {
        while (c != '\n' && c != '\r' && c != EOF) {
            c = read();
        }
        endOfLine(c);
    }

    /** Consumes a line ending ({@code c} and, after a CR, an LF) and counts it. */
    private void endOfLine(int c) throws IOException {
        if (c == EOF) {
            return;
        }
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int peek() throws IOException {
        if (lookahead == -2) {
            lookahead = readFromBuffer();
        }
        return lookahead;
    }

    private int read() throws IOException {
        if (lookahead != -2) {
            int c = lookahead;
            lookahead = -2;
            return c;
        }
        return readFromBuffer();
    }

    private int readFromBuffer() throws IOException {
        if (position == length) {
            length = in.read(buffer, 0, buffer.length);
            position = 0;
            if (length <= 0) {
                length = 0;
                return EOF;
            }
        }
        return buffer[position++];
    }
}
