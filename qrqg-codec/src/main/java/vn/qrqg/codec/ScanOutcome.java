package vn.qrqg.codec;

/** Every scan resolves to exactly one of these (FORMATS.md §4). */
public enum ScanOutcome {
    VALID,
    /**
     * A newer QR was issued for the same QID; the platform reports it, and an offline reader that
     * holds the key's revocation list.
     */
    SUPERSEDED,
    INVALID_SIGNATURE,
    UNKNOWN_KEY,
    REVOKED_KEY,
    MALFORMED,
    UNSUPPORTED,
    /** Well-formed, but no such person or venue; only the platform, which knows, reports it. */
    NOT_FOUND,
    /**
     * A registered venue's QR, shown where a person's was asked for: no person, but no mistake
     * either; only the platform, which knows its venues, reports it (added later, FORMATS.md §4).
     */
    VENUE,
    /**
     * This one QR was revoked (a lost phone, fraud) and the person has a newer one: it identifies
     * nobody. The platform reports it online; an offline reader, from the key's revocation list
     * (added later, FORMATS.md §4).
     */
    REVOKED,
    /**
     * An EU DCC that is authentic but outside its validity (expired, not valid yet, or signed by a
     * document signer outside its own): the answer says until or from when. Only the platform,
     * which reads DCCs, reports it (added later, FORMATS.md §4).
     */
    EXPIRED
}
