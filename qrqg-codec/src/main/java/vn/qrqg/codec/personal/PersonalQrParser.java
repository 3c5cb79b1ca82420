package vn.qrqg.codec.personal;

import java.util.ArrayList;
import java.util.List;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.document.DocumentKind;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.codec.signature.ChuKy;

/**
 * The strict reader of FORMATS.md §1. Every rejection is a {@link QrFormatException} naming
 * the field, the problem and the code-point position in the whole text; nothing else escapes.
 */
public final class PersonalQrParser {

    static final int FIELD_COUNT = 6;
    /** QIDNguoiKhaiHo, GioiTinh, SoBHYT, SoDienThoai, ChuKy; later versions may insert more before ChuKy. */
    static final int MIN_EXT_SUB_FIELDS = 5;
    private static final String[] FIELDS = {DocumentNumber.FIELD, VietnameseNames.FIELD, "NgaySinh", "LoaiDinhDanh", Qid.FIELD, "EXT"};

    private PersonalQrParser() {
    }

    public static PersonalQr parse(String text) {
        List<Span> fields = Span.split(text, 0, text.length(), '|');
        if (fields.size() != FIELD_COUNT) {
            int at = fields.size() > FIELD_COUNT ? fields.get(FIELD_COUNT).start() - 1 : text.length();
            throw new QrFormatException("QR", FormatProblem.WRONG_FIELD_COUNT, text.codePointCount(0, at),
                    "a personal QR v1.1 has " + FIELD_COUNT + " fields separated by '|', this text has " + fields.size());
        }
        for (int i = 0; i < FIELD_COUNT - 1; i++) {
            Span field = fields.get(i);
            int lt = field.of(text).indexOf('<');
            if (lt >= 0) {
                throw new QrFormatException(FIELDS[i], FormatProblem.BAD_CHARACTER, field.position(text, lt),
                        "'<' separates EXT sub-fields and may not appear in " + FIELDS[i]);
            }
            if (field.isEmpty()) {
                throw new QrFormatException(FIELDS[i], FormatProblem.EMPTY, field.position(text, 0), FIELDS[i] + " is empty");
            }
        }
        String document = fields.get(0).of(text);
        QrForm form = document.charAt(0) == Masking.MASK ? QrForm.MASKED : QrForm.FULL;
        at(fields.get(0), text, () -> checkDocument(document, form));
        String name = fields.get(1).of(text);
        at(fields.get(1), text, () -> checkName(name));
        String date = fields.get(2).of(text);
        at(fields.get(2), text, () -> checkBirthDate(date, form));
        DeclarationType type = at(fields.get(3), text, () -> declarationType(fields.get(3).of(text)));
        Qid qid = at(fields.get(4), text, () -> Qid.parse(fields.get(4).of(text), Qid.FIELD));

        Span ext = fields.get(5);
        List<Span> subs = Span.split(text, ext.start(), ext.end(), '<');
        if (subs.size() < MIN_EXT_SUB_FIELDS) {
            throw new QrFormatException("EXT", FormatProblem.WRONG_FIELD_COUNT, text.codePointCount(0, ext.end()),
                    "EXT has at least " + MIN_EXT_SUB_FIELDS + " sub-fields separated by '<', this one has " + subs.size());
        }
        Qid declaredBy = at(subs.get(0), text, () -> declarer(subs.get(0).of(text), type));
        if (qid.equals(declaredBy)) {
            throw new QrFormatException(ExtFields.DECLARER_QID, FormatProblem.INCONSISTENT, subs.get(0).position(text, 0),
                    "a person cannot declare on their own behalf");
        }
        Gender gender = at(subs.get(1), text, () -> gender(subs.get(1).of(text)));
        String insurance = subs.get(2).of(text);
        at(subs.get(2), text, () -> ExtFields.checkInsuranceNumber(insurance, form));
        String phone = subs.get(3).of(text);
        at(subs.get(3), text, () -> ExtFields.checkPhone(phone, form));
        List<String> extras = new ArrayList<>();
        for (Span extra : subs.subList(4, subs.size() - 1)) {
            at(extra, text, () -> checkExtra(extra.of(text)));
            extras.add(extra.of(text));
        }
        Span signature = subs.get(subs.size() - 1);
        ChuKy chuKy = at(signature, text, () -> ChuKy.parse(signature.of(text)));
        if (form == QrForm.FULL) {
            DocumentNumber number = DocumentNumber.parse(document);
            at(fields.get(0), text, () -> number.checkConsistentWith(BirthDate.parse(date), gender, DocumentNumber.FIELD));
        }
        return new PersonalQr(text, form, document, name, date, type, qid, declaredBy, gender, insurance, phone,
                extras, chuKy, signature.start());
    }

    private static void checkDocument(String document, QrForm form) {
        if (form == QrForm.FULL) {
            DocumentNumber.parse(document);
            return;
        }
        for (int i = 0; i < document.length(); i++) {
            char c = document.charAt(i);
            boolean ok = i < Masking.DOCUMENT_HIDDEN_PREFIX ? c == Masking.MASK : c >= '0' && c <= '9';
            if (!ok) {
                throw new QrFormatException(DocumentNumber.FIELD, FormatProblem.BAD_CHARACTER, document.codePointCount(0, i),
                        "the masked form is 6 '*' followed by the last digits of the document number");
            }
        }
        if (DocumentKind.ofLength(document.length()) == null) {
            throw new QrFormatException(DocumentNumber.FIELD, FormatProblem.BAD_LENGTH, 0,
                    "a document number is 12 (CCCD), 9 (CMND) or 8 (passport) characters, not " + document.length());
        }
    }

    private static void checkName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean space = c == ' ';
            if (!(c >= 'A' && c <= 'Z') && !space) {
                throw new QrFormatException(VietnameseNames.FIELD, FormatProblem.BAD_CHARACTER, name.codePointCount(0, i),
                        "HoTen holds upper-case letters A-Z without marks and single spaces");
            }
            if (space && (i == 0 || i == name.length() - 1 || name.charAt(i - 1) == ' ')) {
                throw new QrFormatException(VietnameseNames.FIELD, FormatProblem.BAD_FORMAT, name.codePointCount(0, i),
                        "words are separated by exactly one space, with none at the start or end");
            }
        }
    }

    private static void checkBirthDate(String date, QrForm form) {
        boolean maskedShape = date.length() == 10 && date.endsWith("-**-**");
        if (form == QrForm.FULL && date.indexOf(Masking.MASK) >= 0) {
            throw new QrFormatException("NgaySinh", FormatProblem.INCONSISTENT, date.codePointCount(0, date.indexOf(Masking.MASK)),
                    "masked in a full-form QR (the document number is shown in full)");
        }
        if (form == QrForm.MASKED && !maskedShape) {
            throw new QrFormatException("NgaySinh", FormatProblem.INCONSISTENT, Math.min(5, date.codePointCount(0, date.length())),
                    "a masked-form QR shows the date of birth as YYYY-**-**");
        }
        // a masked date still has a real year: check it as the year-only date it stands for
        BirthDate.parse(form == QrForm.MASKED ? date.substring(0, 4) + "-00-00" : date);
    }

    private static DeclarationType declarationType(String value) {
        return switch (value) {
            case "0" -> DeclarationType.SELF;
            case "1" -> DeclarationType.ON_BEHALF;
            default -> throw new QrFormatException("LoaiDinhDanh", FormatProblem.BAD_VALUE, 0,
                    "LoaiDinhDanh is 0 (self) or 1 (declared on the person's behalf)");
        };
    }

    private static Qid declarer(String value, DeclarationType type) {
        if (type == DeclarationType.SELF) {
            if (!value.isEmpty()) {
                throw new QrFormatException(ExtFields.DECLARER_QID, FormatProblem.INCONSISTENT, 0,
                        "must be empty when LoaiDinhDanh is 0");
            }
            return null;
        }
        if (value.isEmpty()) {
            throw new QrFormatException(ExtFields.DECLARER_QID, FormatProblem.EMPTY, 0,
                    "the declarer's QID is required when LoaiDinhDanh is 1");
        }
        return Qid.parse(value, ExtFields.DECLARER_QID);
    }

    private static Gender gender(String value) {
        if (value.isEmpty()) {
            throw new QrFormatException(ExtFields.GENDER, FormatProblem.EMPTY, 0, "GioiTinh is 0, 1 or 2");
        }
        Gender gender = value.length() == 1 ? Gender.fromCode(value.charAt(0)) : null;
        if (gender == null) {
            throw new QrFormatException(ExtFields.GENDER, FormatProblem.BAD_VALUE, 0,
                    "GioiTinh is 0 (not stated), 1 (male) or 2 (female)");
        }
        return gender;
    }

    private static void checkExtra(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new QrFormatException("EXT", FormatProblem.BAD_CHARACTER, value.codePointCount(0, i),
                        "control characters are not allowed in an extra EXT sub-field");
            }
        }
    }

    /** Runs a field check, moving its positions from field-relative to text-relative. */
    private static <T> T at(Span span, String text, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (QrFormatException e) {
            return rethrow(e.shiftedBy(text.codePointCount(0, span.start())));
        }
    }

    private static void at(Span span, String text, Runnable check) {
        at(span, text, () -> {
            check.run();
            return null;
        });
    }

    private static <T> T rethrow(QrFormatException e) {
        throw e;
    }
}
