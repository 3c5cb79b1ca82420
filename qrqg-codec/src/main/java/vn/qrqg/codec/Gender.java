package vn.qrqg.codec;

/** {@code GioiTinh} of the personal QR: 0 not stated, 1 male, 2 female. */
public enum Gender {
    NOT_STATED('0'),
    MALE('1'),
    FEMALE('2');

    private final char code;

    Gender(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    /** The gender for a code character, or {@code null} for any other character. */
    public static Gender fromCode(char code) {
        for (Gender gender : values()) {
            if (gender.code == code) {
                return gender;
            }
        }
        return null;
    }
}
