package vn.qrqg.dcc;

import com.fasterxml.jackson.core.JacksonException;

/** One line of why, from an exception: parser messages without their multi-line source excerpts. */
final class Reasons {
    private Reasons() {
    }

    static String of(Exception e) {
        String message = e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
