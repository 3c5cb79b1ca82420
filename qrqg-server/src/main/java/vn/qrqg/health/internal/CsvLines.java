package vn.qrqg.health.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV, one record at a time: fields separated by commas, optionally in double quotes
 * (then holding commas, line breaks and doubled quotes), records ending in LF or CRLF; a UTF-8 BOM
 * at the start is skipped. Not thread-safe.
 */
final class CsvLines {

    /** One record and the line it starts on, from 1. {@code malformed}: an unterminated or misplaced quote. */
    record Line(int number, List<String> fields, boolean malformed) {
    }

    private final Reader reader;
    private int line = 1;
    private boolean started;

    CsvLines(Reader reader) {
        this.reader = reader;
    }

    /** The next record, or {@code null} at the end. */
    Line next() throws IOException {
        int c = read();
        if (!started && c == '\uFEFF') {
            c = read();
        }
        started = true;
        if (c == -1) {
            return null;
        }
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean malformed = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    malformed = true;
                    break;
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == ',' || c == '\n' || c == -1) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                if (c != ',') {
                    if (c == '\n') {
                        line++;
                    }
                    break;
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == '\r') {
                int after = read();
                if (after != '\n') {
                    field.append('\r');
                }
                c = after;
                continue;
            } else {
                malformed |= wasQuoted || c == '"';
                field.append((char) c);
            }
            c = read();
        }
        return new Line(start, List.copyOf(fields), malformed);
    }

    private int read() throws IOException {
        return reader.read();
    }
}
