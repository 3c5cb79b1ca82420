package vn.qrqg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The scanned text given on the command line, or {@code -} for standard input. */
final class TextArgument {

    private TextArgument() {
    }

    static String read(String argument, InputStream stdin) throws IOException {
        if (!"-".equals(argument)) {
            return argument;
        }
        String text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        // a file or a pipe ends with a newline that is not part of the QR
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }
}
