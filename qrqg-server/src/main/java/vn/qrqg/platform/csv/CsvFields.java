package vn.qrqg.platform.csv;

/**
 * One field of a CSV file the platform writes (RFC 4180, exports opened in spreadsheets). A value
 * that begins like a spreadsheet formula is prefixed with an apostrophe (OWASP: CSV injection):
 * names and venue names come from people, and the file is opened in spreadsheets. Pure.
 */
public final class CsvFields {

    private CsvFields() {
    }

    /** The value as a field: empty for null, quoted when it holds a comma, a quote or a line break. */
    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
