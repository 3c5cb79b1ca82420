package vn.qrqg.platform.web;

/**
 * What a person may type into any text the platform takes: no control characters (C0, DEL,
 * C1) except tab and line breaks, which free texts such as a contact's details may hold, and no
 * bidirectional controls (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069), which make a
 * text read differently on a screen than it is stored. Names and codes have stricter checks of
 * their own in their capability.
 */
public final class PrintableText {

    /** Said to the caller; names no character of the value. */
    public static final String MESSAGE = "must not contain control characters or bidirectional overrides";

    private PrintableText() {
    }

    public static boolean isAcceptable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (refused(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean refused(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
