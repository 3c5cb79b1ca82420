package vn.qrqg.platform.web;

/** Constraint messages built in code, taken word for word rather than as Bean Validation templates. */
final class Messages {

    private Messages() {
    }

    /** {@code text} with the template characters ({@code { } $ \}) escaped. */
    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
