package vn.qrqg.health.internal;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of health records, with the path segment that names each in the API. */
public enum RecordKind {
    VACCINATION("vaccinations"),
    TEST("tests"),
    RECOVERY("recoveries");

    private final String path;

    RecordKind(String path) {
        this.path = path;
    }

    /** {@code vaccinations}, {@code tests} or {@code recoveries}, as in {@code /api/v1/health/vaccinations}. */
    public String path() {
        return path;
    }

    static Optional<RecordKind> ofPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }
}
