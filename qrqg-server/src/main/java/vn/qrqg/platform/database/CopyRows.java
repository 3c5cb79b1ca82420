package vn.qrqg.platform.database;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN}, its bulk load: no statement to plan, no
 * parameters to bind, a row costs the database about a tenth less than the same row inserted
 * from arrays ({@code INSERT … SELECT FROM unnest(…)}, docs/benchmarks.md, session 11). Written
 * in COPY's text format (PostgreSQL's manual, "COPY", "Text Format"): columns separated by tabs,
 * rows ended by a newline, {@code \N} for null, and a backslash before every backslash, tab,
 * newline and carriage return inside a value; bytes as {@code bytea}'s hex form. A ten-line
 * encoder rather than a library: the format is that small, and every value the platform copies is
 * text it already holds as text.
 * Not thread-safe: one per batch.
 */
public final class CopyRows {
    private final String table;
    private final List<String> columns;
    private final StringBuilder text = new StringBuilder(4096);
    private int column;
    private int rows;

    /** Rows of {@code columns} (their names, as the table has them) for {@code table}. */
    public CopyRows(String table, List<String> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    /**
     * The next column's value, as PostgreSQL reads it from text; {@code null} is SQL's null, a
     * {@code byte[]} a {@code bytea}, a collection of {@link UUID}s a {@code uuid[]}.
     */
    public CopyRows add(Object value) {
        if (column == columns.size()) {
            throw new IllegalStateException("a row of " + table + " has " + columns.size() + " columns: end it first");
        }
        if (column++ > 0) {
            text.append('\t');
        }
        if (value == null) {
            text.append("\\N");
            return this;
        }
        if (value instanceof byte[] bytes) {
            text.append("\\\\x"); // bytea's hex form, \x…, its backslash escaped
            HexFormat.of().formatHex(text, bytes);
            return this;
        }
        if (value instanceof Collection<?> elements) {
            text.append('{'); // an array's text form: a UUID's needs no quotes
            int i = 0;
            for (Object element : elements) {
                if (!(element instanceof UUID)) {
                    throw new IllegalArgumentException("a column of " + table + " takes an array of UUIDs only, not of "
                            + (element == null ? "null" : element.getClass().getSimpleName()));
                }
                text.append(i++ == 0 ? "" : ",").append(element);
            }
            text.append('}');
            return this;
        }
        String string = value.toString();
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    /** Ends the row begun by the values added since the last one. */
    public CopyRows endRow() {
        if (column != columns.size()) {
            throw new IllegalStateException("a row of " + table + " has " + columns.size() + " columns, not " + column);
        }
        text.append('\n');
        column = 0;
        rows++;
        return this;
    }

    public int rows() {
        return rows;
    }

    /**
     * Copies the rows into the table in one statement: all of them or, on any error (a constraint,
     * a missing partition), none. On an auto-committing connection they are committed when this
     * returns. Errors come as Spring's {@link org.springframework.dao.DataAccessException}s, as
     * from any statement of {@code jdbc}.
     *
     * @return the number of rows copied
     */
    public long copyInto(JdbcTemplate jdbc) {
        if (column != 0) {
            throw new IllegalStateException("the last row of " + table + " is not ended");
        }
        if (rows == 0) {
            return 0;
        }
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text.toString()));
            } catch (IOException e) { // a StringReader does not fail
                throw new UncheckedIOException(e);
            }
        });
        return copied == null ? 0 : copied;
    }

    /** What the rows would look like to PostgreSQL, for tests. */
    String text() {
        return text.toString();
    }
}
