package vn.qrqg.codec.personal;

import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.QrFormatException;

/** Names and checks of the {@code EXT} sub-fields; positions are relative to the sub-field. */
final class ExtFields {

    static final String DECLARER_QID = "QIDNguoiKhaiHo";
    static final String GENDER = "GioiTinh";
    static final String INSURANCE = "SoBHYT";
    static final String PHONE = "SoDienThoai";
    static final String SIGNATURE = "ChuKy";

    static final int INSURANCE_LENGTH = 15;
    static final int PHONE_LENGTH = 10;

    private ExtFields() {
    }

    /** {@code SoBHYT}: empty, or 2 upper-case letters and 13 digits (masked: the first 6 kept, the rest {@code *}). */
    static void checkInsuranceNumber(String value, QrForm form) {
        if (value.isEmpty()) {
            return;
        }
        checkLength(INSURANCE, value, INSURANCE_LENGTH, "a health-insurance number is 2 letters and 13 digits");
        for (int i = 0; i < INSURANCE_LENGTH; i++) {
            char c = value.charAt(i);
            boolean ok = i < 2 ? c >= 'A' && c <= 'Z' : c >= '0' && c <= '9';
            if (!ok) {
                checkMask(INSURANCE, value, i, Masking.INSURANCE_VISIBLE_PREFIX, form,
                        "a health-insurance number is 2 upper-case letters and 13 digits");
            }
        }
        checkNoDigitAfterMask(INSURANCE, value, Masking.INSURANCE_VISIBLE_PREFIX, form);
    }

    /** {@code SoDienThoai}: empty, or 10 digits starting with 0 (masked: the first 4 kept, the rest {@code *}). */
    static void checkPhone(String value, QrForm form) {
        if (value.isEmpty()) {
            return;
        }
        checkLength(PHONE, value, PHONE_LENGTH, "a mobile number is 10 digits");
        if (value.charAt(0) != '0') {
            throw new QrFormatException(PHONE, FormatProblem.BAD_VALUE, 0, "a mobile number starts with 0");
        }
        for (int i = 0; i < PHONE_LENGTH; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                checkMask(PHONE, value, i, Masking.PHONE_VISIBLE_PREFIX, form, "a mobile number has digits only");
            }
        }
        checkNoDigitAfterMask(PHONE, value, Masking.PHONE_VISIBLE_PREFIX, form);
    }

    private static void checkLength(String field, String value, int length, String rule) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '!' || c > '~') {
                throw new QrFormatException(field, FormatProblem.BAD_CHARACTER, value.codePointCount(0, i), rule);
            }
        }
        if (value.length() != length) {
            throw new QrFormatException(field, FormatProblem.BAD_LENGTH, 0,
                    rule + ": " + length + " characters, not " + value.length());
        }
    }

    /** A character that is not of the field's set is only allowed as a {@code *} where the masked form hides. */
    private static void checkMask(String field, String value, int i, int visible, QrForm form, String rule) {
        if (value.charAt(i) != Masking.MASK) {
            throw new QrFormatException(field, FormatProblem.BAD_CHARACTER, i, rule);
        }
        if (form == QrForm.FULL) {
            throw new QrFormatException(field, FormatProblem.INCONSISTENT, i,
                    "masked in a full-form QR (the document number is shown in full)");
        }
        if (i < visible) {
            throw new QrFormatException(field, FormatProblem.BAD_FORMAT, i,
                    "the masked form keeps the first " + visible + " characters visible");
        }
    }

    private static void checkNoDigitAfterMask(String field, String value, int visible, QrForm form) {
        if (form != QrForm.MASKED) {
            return;
        }
        for (int i = visible; i < value.length(); i++) {
            if (value.charAt(i) != Masking.MASK) {
                throw new QrFormatException(field, FormatProblem.INCONSISTENT, i,
                        "not masked in a masked-form QR (the document number is masked)");
            }
        }
    }
}
