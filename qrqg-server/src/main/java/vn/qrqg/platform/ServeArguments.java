package vn.qrqg.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The options of {@code bin/qrqg serve} in the platform's own words ({@code --port 8081},
 * {@code --data-dir /srv/qrqg}), turned into the Spring properties they stand for. Anything
 * else passes through unchanged.
 */
public final class ServeArguments {

    private static final Map<String, String> OPTIONS = Map.of(
            "--port", "server.port",
            "--data-dir", "qrqg.data-dir");

    private ServeArguments() {
    }

    public static String[] toSpring(String[] args) {
        List<String> out = new ArrayList<>(args.length);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String property = OPTIONS.get(name);
            if (property == null) {
                out.add(arg);
            } else if (arg.contains("=")) {
                out.add("--" + property + arg.substring(name.length()));
            } else if (i + 1 < args.length) {
                out.add("--" + property + "=" + args[++i]);
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
        }
        return out.toArray(String[]::new);
    }
}
