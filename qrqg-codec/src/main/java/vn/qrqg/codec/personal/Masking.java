package vn.qrqg.codec.personal;

/**
 * The masking rules of the masked display form (FORMATS.md §1). Every rule keeps the
 * length, replaces with {@code *}, and is idempotent: masking a masked value changes nothing.
 */
public final class Masking {

    public static final char MASK = '*';
    /** {@code SoGiayTo}: the first 6 characters are hidden. */
    public static final int DOCUMENT_HIDDEN_PREFIX = 6;
    /** {@code SoBHYT}: the first 6 characters stay visible. */
    public static final int INSURANCE_VISIBLE_PREFIX = 6;
    /** {@code SoDienThoai}: the first 4 digits stay visible. */
    public static final int PHONE_VISIBLE_PREFIX = 4;

    private Masking() {
    }

    /** {@code 001093029317} → {@code ******029317}; {@code 123456789} → {@code ******789}. */
    public static String document(String documentNumber) {
        int hidden = Math.min(DOCUMENT_HIDDEN_PREFIX, documentNumber.length());
        return String.valueOf(MASK).repeat(hidden) + documentNumber.substring(hidden);
    }

    /** {@code 1987-01-18} → {@code 1987-**-**}; only the year stays (also for {@code 00} parts). */
    public static String birthDate(String birthDate) {
        return birthDate.length() < 4 ? birthDate : birthDate.substring(0, 4) + "-**-**";
    }

    /** {@code DN4797915019812} → {@code DN4797*********}; empty stays empty. */
    public static String insuranceNumber(String insuranceNumber) {
        return keepPrefix(insuranceNumber, INSURANCE_VISIBLE_PREFIX);
    }

    /** {@code 0912345678} → {@code 0912******}; empty stays empty. */
    public static String phone(String phone) {
        return keepPrefix(phone, PHONE_VISIBLE_PREFIX);
    }

    private static String keepPrefix(String value, int visible) {
        if (value.length() <= visible) {
            return value;
        }
        return value.substring(0, visible) + String.valueOf(MASK).repeat(value.length() - visible);
    }
}
