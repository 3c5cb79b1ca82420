package vn.qrqg.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

/** Prints a command's result as {@code name: value} lines, or as one JSON object with {@code --json}. */
final class Output {

    private Output() {
    }

    static void print(PrintWriter out, Map<String, ?> fields, boolean json) throws IOException {
        if (json) {
            out.println(JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(fields));
        } else {
            int width = fields.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
            fields.forEach((name, value) -> out.println(String.format("%-" + width + "s  %s", name + ":", value)));
        }
        out.flush();
    }
}
