package vn.qrqg.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The options of {@code bin/qrqg serve} in the platform's own words ({@code --port 8081},
 * {@code --data-dir /srv/qrqg}), turned into the Spring properties they stand for. A Spring
 * property ({@code --name.with.dots=value}) passes through unchanged; anything else is refused,
 * so that a mistyped option stops the start instead of being ignored. The CLI's {@code serve}
 * command (qrqg-cli) documents these same options for {@code bin/qrqg serve --help}.
 */
public final class ServeArguments {

    private static final Map<String, String> OPTIONS = Map.of(
            "--port", "server.port",
            "--data-dir", "qrqg.data-dir");
    private static final String USAGE = "serve takes --port N, --data-dir DIR and Spring properties as "
            + "--name.with.dots=value (bin/qrqg serve --help)";

    private ServeArguments() {
    }

    /** @throws IllegalArgumentException naming an option it does not know, or one without its value */
    public static String[] toSpring(String[] args) {
        List<String> out = new ArrayList<>(args.length);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String property = OPTIONS.get(name);
            if (property == null) {
                out.add(springProperty(arg, name));
            } else if (arg.contains("=")) {
                out.add("--" + property + arg.substring(name.length()));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                out.add("--" + property + "=" + args[++i]);
            } else {
                throw new IllegalArgumentException(name + " needs a value: " + USAGE);
            }
        }
        return out.toArray(String[]::new);
    }

    private static String springProperty(String arg, String name) {
        if (name.startsWith("--") && name.length() > 2 && name.indexOf('.') > 2) {
            return arg;
        }
        throw new IllegalArgumentException((name.startsWith("-") ? "unknown option " + name : "unexpected argument " + arg)
                + ": " + USAGE);
    }
}
