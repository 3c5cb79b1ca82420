package vn.qrqg.codec.revocation;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.signature.ChuKy;
import vn.qrqg.codec.signature.KeyIds;

/**
 * One signing key's revocation list (FORMATS.md §4): the ids ({@link RevocationId}) of every QR
 * that key signed which was revoked or superseded since, at a counter {@code crlVersion} that
 * the key's JWKS entry announces. A <em>delta</em> holds only what was added after its
 * {@code since}; {@link #apply} brings a list up to date with one. Ids are kept as sorted
 * {@code long}s, 8 bytes each, looked up by binary search. Immutable and thread-safe.
 */
public final class RevocationList {
    private final String kid;
    private final long crlVersion;
    private final long since;
    private final long[] revoked;
    private final long[] superseded;

    private RevocationList(String kid, long crlVersion, long since, long[] revoked, long[] superseded) {
        if (!KeyIds.isWellFormed(kid)) {
            throw new RevocationListException("the key id \"" + kid + "\" is not 8 base64url characters");
        }
        if (crlVersion < 0 || since < -1 || since > crlVersion) {
            throw new RevocationListException("crlVersion " + crlVersion + (since >= 0 ? " since " + since : "")
                    + ": counters are whole numbers from 0, and a delta's since is at most its crlVersion");
        }
        this.kid = kid;
        this.crlVersion = crlVersion;
        this.since = since;
        this.revoked = sorted(revoked);
        this.superseded = without(sorted(superseded), this.revoked); // revoked wins: an id in both is kept once
    }

    /** A whole list. */
    public static RevocationList of(String kid, long crlVersion, long[] revoked, long[] superseded) {
        return new RevocationList(kid, crlVersion, -1, revoked, superseded);
    }

    /** A delta: what was added after {@code since} up to {@code crlVersion}. */
    public static RevocationList delta(String kid, long since, long crlVersion, long[] revoked, long[] superseded) {
        if (since < 0) {
            throw new RevocationListException("a delta's since is a counter, 0 or more");
        }
        return new RevocationList(kid, crlVersion, since, revoked, superseded);
    }

    /** Reads a list or a delta in the JSON of FORMATS.md §4; {@link RevocationListException} says what is wrong. */
    public static RevocationList parse(String json) {
        return RevocationListJson.read(json);
    }

    /** This list as the JSON of FORMATS.md §4. */
    public String toJson() {
        StringBuilder out = new StringBuilder(64 + 14 * size());
        RevocationListJson.write(this, out);
        return out.toString();
    }

    public String kid() {
        return kid;
    }

    public long crlVersion() {
        return crlVersion;
    }

    /** For a delta, the counter it starts after; empty for a whole list. */
    public OptionalLong since() {
        return since < 0 ? OptionalLong.empty() : OptionalLong.of(since);
    }

    public boolean isDelta() {
        return since >= 0;
    }

    /** The number of ids, revoked and superseded. */
    public int size() {
        return revoked.length + superseded.length;
    }

    /** The revoked ids, sorted (a copy). */
    public long[] revoked() {
        return revoked.clone();
    }

    /** The superseded ids that are not also revoked, sorted (a copy). */
    public long[] superseded() {
        return superseded.clone();
    }

    /**
     * This list with {@code delta}'s additions: {@code delta} must be of the same key and start at
     * or before this list's counter (else entries in between would be missing: fetch the whole
     * list again). A delta older than this list adds nothing new and changes nothing.
     */
    public RevocationList apply(RevocationList delta) {
        Objects.requireNonNull(delta, "delta");
        if (!delta.kid.equals(kid)) {
            throw new RevocationListException("the delta is of key " + delta.kid + ", this list of " + kid);
        }
        if (!delta.isDelta()) {
            throw new RevocationListException("a whole list replaces this one; it is not applied as a delta");
        }
        if (delta.since > crlVersion) {
            throw new RevocationListException("the delta starts after crlVersion " + delta.since + ", this list is at "
                    + crlVersion + ": what came between is missing; fetch the whole list");
        }
        return new RevocationList(kid, Math.max(crlVersion, delta.crlVersion), since,
                union(revoked, delta.revoked), union(superseded, delta.superseded));
    }

    /**
     * What this list says of a QR whose signature verified: {@code REVOKED}, {@code SUPERSEDED},
     * or {@code VALID} when it names it not (or the QR is another key's).
     */
    public ScanOutcome outcome(ChuKy chuKy) {
        if (chuKy == null || !chuKy.keyId().equals(kid) || size() == 0) {
            return ScanOutcome.VALID;
        }
        long id = RevocationId.value(chuKy);
        if (Arrays.binarySearch(revoked, id) >= 0) {
            return ScanOutcome.REVOKED;
        }
        return Arrays.binarySearch(superseded, id) >= 0 ? ScanOutcome.SUPERSEDED : ScanOutcome.VALID;
    }

    /** Sorted and distinct, by hand: a list may hold millions of ids. */
    private static long[] sorted(long[] ids) {
        long[] copy = Objects.requireNonNull(ids, "ids").clone();
        Arrays.sort(copy);
        int kept = 0;
        for (int i = 0; i < copy.length; i++) {
            if (i == 0 || copy[i] != copy[kept - 1]) {
                copy[kept++] = copy[i];
            }
        }
        return kept == copy.length ? copy : Arrays.copyOf(copy, kept);
    }

    /** The sorted {@code ids} that are not in the sorted {@code removed}, merging both in one pass. */
    private static long[] without(long[] ids, long[] removed) {
        long[] kept = new long[ids.length];
        int count = 0;
        int r = 0;
        for (long id : ids) {
            while (r < removed.length && removed[r] < id) {
                r++;
            }
            if (r == removed.length || removed[r] != id) {
                kept[count++] = id;
            }
        }
        return count == ids.length ? ids : Arrays.copyOf(kept, count);
    }

    private static long[] union(long[] a, long[] b) {
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both; // sorted and made distinct by the constructor
    }

    @Override
    public String toString() {
        return "RevocationList[" + kid + ", crlVersion " + crlVersion + (isDelta() ? ", since " + since : "")
                + ", " + revoked.length + " revoked, " + superseded.length + " superseded]";
    }
}
