package vn.qrqg.platform.web;

/** Whole numbers in query parameters (pages, sizes, hours), refused with a message that names the range. */
public final class WholeNumbers {

    private WholeNumbers() {
    }

    /**
     * @throws InvalidFieldException naming {@code field} when {@code text} is not a whole number
     *         from {@code min} to {@code max}
     */
    public static int parse(String field, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new InvalidFieldException(field, "must be a whole number from " + min + " to " + max);
    }

    /** {@link #parse(String, String, int, int)}, or {@code absent} when the parameter is missing or blank. */
    public static int parse(String field, String text, int absent, int min, int max) {
        return text == null || text.isBlank() ? absent : parse(field, text, min, max);
    }
}
