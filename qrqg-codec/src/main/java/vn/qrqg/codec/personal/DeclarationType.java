package vn.qrqg.codec.personal;

/** {@code LoaiDinhDanh}: who declared the person's identity. */
public enum DeclarationType {
    /** {@code 0}: the person declared for themself. */
    SELF('0'),
    /** {@code 1}: someone declared on their behalf; EXT then carries the declarer's QID. */
    ON_BEHALF('1');

    private final char code;

    DeclarationType(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }
}
