package vn.qrqg.clients;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where an app is in its certification. Only {@link #CERTIFIED} apps get and use tokens. */
public enum AppStatus {
    /** Registered, waiting for its assessment. New apps start here. */
    PENDING,
    /** Assessed and allowed to call the platform; listed publicly. */
    CERTIFIED,
    /** Stopped for now: its tokens are refused from its very next call; it may be certified again. */
    SUSPENDED,
    /** Stopped for good: no status change leads out of it. */
    REVOKED;

    /** The status of this name (exact, upper case), or empty. */
    public static Optional<AppStatus> parse(String name) {
        return Arrays.stream(values()).filter(status -> status.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
