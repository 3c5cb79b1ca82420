package vn.qrqg.dcc;

import java.util.List;
import java.util.Set;

/**
 * The three kinds of certificate, by the payload's group key, with the extended key usages that
 * allow a document signer to sign them. The EU specification names two arcs for each (the
 * registered {@code 1.3.6.1.4.1.1847.2021.1.x} and {@code 1.3.6.1.4.1.0.1847.2021.1.x}, which
 * early national signers used); either is accepted.
 */
public enum DccType {
    TEST("t", "1.3.6.1.4.1.1847.2021.1.1", "1.3.6.1.4.1.0.1847.2021.1.1"),
    VACCINATION("v", "1.3.6.1.4.1.1847.2021.1.2", "1.3.6.1.4.1.0.1847.2021.1.2"),
    RECOVERY("r", "1.3.6.1.4.1.1847.2021.1.3", "1.3.6.1.4.1.0.1847.2021.1.3");

    private final String groupKey;
    private final List<String> keyUsages;

    DccType(String groupKey, String... keyUsages) {
        this.groupKey = groupKey;
        this.keyUsages = List.of(keyUsages);
    }

    /** {@code v}, {@code t} or {@code r}: the payload's array that holds the entry. */
    public String groupKey() {
        return groupKey;
    }

    /** The extended key usage OIDs that allow signing this type, in both arcs. */
    public List<String> keyUsages() {
        return keyUsages;
    }

    /** Whether {@code oid} is one of the EU DCC key usages of any type. */
    static boolean isDccKeyUsage(String oid) {
        return ALL_KEY_USAGES.contains(oid);
    }

    private static final Set<String> ALL_KEY_USAGES = Set.of(
            "1.3.6.1.4.1.1847.2021.1.1", "1.3.6.1.4.1.0.1847.2021.1.1",
            "1.3.6.1.4.1.1847.2021.1.2", "1.3.6.1.4.1.0.1847.2021.1.2",
            "1.3.6.1.4.1.1847.2021.1.3", "1.3.6.1.4.1.0.1847.2021.1.3");
}
