package vn.qrqg.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * This instance's id among the several that may serve one database behind a load balancer: in
 * every log line, as the tag {@code instance} on every metric, and in PostgreSQL's
 * {@code application_name} of its notification listener. {@code QRQG_INSTANCE_ID}
 * ({@code qrqg.instance-id}); unset, the host's name and the process id, stable for one run.
 *
 * @param value letters, digits, '.', '_' and '-', 1 to 63 of them, starting with a letter or digit
 */
public record InstanceId(String value) {
    public static final String PROPERTY = "qrqg.instance-id";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    public InstanceId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new MalformedException();
        }
    }

    /** The host's name (or "qrqg" when it has none that fits) and this process's id, e.g. {@code web-3-48213}. */
    static InstanceId byDefault() {
        String host = hostName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "");
        if (host.isEmpty() || !Character.isLetterOrDigit(host.charAt(0))) {
            host = "qrqg";
        }
        String pid = Long.toString(ProcessHandle.current().pid());
        return new InstanceId(host.substring(0, Math.min(host.length(), 62 - pid.length())) + "-" + pid);
    }

    /** Without a DNS look-up, which may take seconds where the host's name does not resolve. */
    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        try {
            return Files.readString(Path.of("/etc/hostname")).strip();
        } catch (IOException | SecurityException e) {
            return "";
        }
    }

    /** A configured id the log lines and metrics could not carry as it is. */
    public static final class MalformedException extends IllegalArgumentException {
        MalformedException() {
            super("QRQG_INSTANCE_ID must be 1 to 63 letters, digits, '.', '_' or '-', starting with a letter or a digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
