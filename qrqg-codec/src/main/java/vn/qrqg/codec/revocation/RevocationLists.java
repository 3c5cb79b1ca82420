package vn.qrqg.codec.revocation;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.signature.ChuKy;

/**
 * The revocation lists an offline reader holds, one per signing key. Immutable; {@link #with}
 * returns new lists.
 */
public final class RevocationLists {
    private static final RevocationLists NONE = new RevocationLists(Map.of());

    private final Map<String, RevocationList> byKid;

    private RevocationLists(Map<String, RevocationList> byKid) {
        this.byKid = Collections.unmodifiableMap(byKid);
    }

    /** No list: every QR whose signature verifies is {@code VALID}. */
    public static RevocationLists none() {
        return NONE;
    }

    /**
     * The lists, each whole or a delta of the list before it of the same key: lists are taken in
     * order, a whole list replacing what came before for its key, a delta applied to it.
     */
    public static RevocationLists of(Collection<RevocationList> lists) {
        RevocationLists all = NONE;
        for (RevocationList list : lists) {
            all = all.with(list);
        }
        return all;
    }

    /** These lists with {@code list}: a whole list replaces its key's, a delta is applied to it. */
    public RevocationLists with(RevocationList list) {
        Objects.requireNonNull(list, "list");
        RevocationList known = byKid.get(list.kid());
        if (list.isDelta() && known == null) {
            throw new RevocationListException("a delta of key " + list.kid() + " without its whole list first");
        }
        Map<String, RevocationList> copy = new LinkedHashMap<>(byKid);
        copy.put(list.kid(), list.isDelta() ? known.apply(list) : list);
        return new RevocationLists(copy);
    }

    /** The list of this key, if held. */
    public Optional<RevocationList> find(String kid) {
        return Optional.ofNullable(byKid.get(kid));
    }

    /** What the lists say of a QR whose signature verified: {@code REVOKED}, {@code SUPERSEDED} or {@code VALID}. */
    public ScanOutcome outcome(ChuKy chuKy) {
        RevocationList list = chuKy == null ? null : byKid.get(chuKy.keyId());
        return list == null ? ScanOutcome.VALID : list.outcome(chuKy);
    }

    @Override
    public String toString() {
        return "RevocationLists" + byKid.values();
    }
}
