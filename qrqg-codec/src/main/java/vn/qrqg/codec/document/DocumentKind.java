package vn.qrqg.codec.document;

/** The identity documents a personal QR may carry in {@code SoGiayTo}. */
public enum DocumentKind {
    /** Căn cước công dân: 12 digits. */
    CCCD(12),
    /** Chứng minh nhân dân, the old 9-digit identity card. */
    CMND(9),
    /** A passport: one upper-case letter and 7 digits. */
    PASSPORT(8);

    private final int length;

    DocumentKind(int length) {
        this.length = length;
    }

    public int length() {
        return length;
    }

    /** The kind a number of this length would be, or {@code null} when no kind has it. */
    public static DocumentKind ofLength(int length) {
        for (DocumentKind kind : values()) {
            if (kind.length == length) {
                return kind;
            }
        }
        return null;
    }
}
