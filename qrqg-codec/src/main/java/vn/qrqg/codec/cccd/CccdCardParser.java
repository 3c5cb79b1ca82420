package vn.qrqg.codec.cccd;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.codec.document.CccdNumber;

/**
 * The strict reader of the card QR {@code CCCD|CMND|HoTen|DDMMYYYY|GioiTinh|DiaChi|DDMMYYYY}
 * (FORMATS.md §3). Every rejection is a {@link QrFormatException} naming the field, the
 * problem and the code-point position in the whole text; nothing else escapes.
 */
public final class CccdCardParser {

    public static final int FIELD_COUNT = 7;
    public static final String CCCD = "CCCD";
    public static final String CMND = "CMND";
    public static final String HO_TEN = "HoTen";
    public static final String NGAY_SINH = "NgaySinh";
    public static final String GIOI_TINH = "GioiTinh";
    public static final String DIA_CHI = "DiaChi";
    public static final String NGAY_CAP = "NgayCap";
    /** The field named by a wrong number of fields: the QR as a whole, as for the personal QR. */
    public static final String WHOLE_TEXT = "QR";
    /** Cards are issued in Vietnam: "today" is Vietnam's date, whatever zone the server runs in. */
    public static final ZoneId VIETNAM = VietnamTime.ZONE;

    private static final int CMND_LENGTH = 9;
    private static final int CCCD_LENGTH = 12;
    /** Index of the CCCD digit for gender and century; the next two are the year in the century. */
    private static final int GENDER_CENTURY_DIGIT = 3;

    private final Clock clock;

    /** @param clock decides what "in the future" means for the dates; its zone is ignored in favour of Vietnam's */
    public CccdCardParser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock").withZone(VIETNAM);
    }

    public static CccdCardParser ofSystemClock() {
        return new CccdCardParser(VietnamTime.clock());
    }

    public CccdCard parse(String text) {
        Objects.requireNonNull(text, "text");
        CardFields fields = CardFields.split(text);
        if (fields.count() != FIELD_COUNT) {
            int at = fields.count() > FIELD_COUNT ? fields.separatorAfter(FIELD_COUNT - 1) : text.codePointCount(0, text.length());
            throw new QrFormatException(WHOLE_TEXT, FormatProblem.WRONG_FIELD_COUNT, at,
                    "a CCCD card QR has " + FIELD_COUNT + " fields separated by '|', this text has " + fields.count());
        }
        LocalDate today = LocalDate.now(clock);
        String cccd = fields.value(0);
        CccdNumber number = at(fields, 0, () -> {
            CardText.digits(cccd, CCCD, CCCD_LENGTH);
            return CccdNumber.decode(cccd, CCCD);
        });
        String cmnd = fields.value(1);
        if (!cmnd.isEmpty()) {
            check(fields, 1, () -> CardText.digits(cmnd, CMND, CMND_LENGTH));
        }
        String name = fields.value(2);
        check(fields, 2, () -> CardText.name(name, HO_TEN));
        LocalDate birthDate = at(fields, 3, () -> CardText.date(fields.value(3), NGAY_SINH));
        if (birthDate.isAfter(today)) {
            throw new QrFormatException(NGAY_SINH, FormatProblem.IMPOSSIBLE_DATE, fields.start(3),
                    "the birth date " + birthDate + " is in the future");
        }
        Gender gender = at(fields, 4, () -> gender(fields.value(4)));
        String address = fields.value(5);
        check(fields, 5, () -> CardText.address(address, DIA_CHI));
        LocalDate issueDate = at(fields, 6, () -> CardText.date(fields.value(6), NGAY_CAP));
        if (issueDate.isAfter(today)) {
            throw new QrFormatException(NGAY_CAP, FormatProblem.IMPOSSIBLE_DATE, fields.start(6),
                    "the issue date " + issueDate + " is in the future");
        }
        if (issueDate.isBefore(birthDate)) {
            throw new QrFormatException(NGAY_CAP, FormatProblem.INCONSISTENT, fields.start(6),
                    "the card was issued on " + issueDate + ", before the holder's birth on " + birthDate);
        }
        checkConsistent(number, birthDate, gender, fields.start(0));
        return new CccdCard(cccd, cmnd, name, birthDate, gender, address, issueDate);
    }

    /** The CCCD encodes the birth year and the gender; a card that contradicts itself is not read. */
    private static void checkConsistent(CccdNumber number, LocalDate birthDate, Gender gender, int start) {
        if (number.birthYear() != birthDate.getYear()) {
            // point at the century digit when the century differs, else at the two year digits
            int at = number.birthYear() / 100 != birthDate.getYear() / 100 ? GENDER_CENTURY_DIGIT : GENDER_CENTURY_DIGIT + 1;
            throw new QrFormatException(CCCD, FormatProblem.INCONSISTENT, start + at,
                    "the CCCD encodes birth year " + number.birthYear() + " but the birth date is in " + birthDate.getYear());
        }
        if (number.gender() != gender) {
            throw new QrFormatException(CCCD, FormatProblem.INCONSISTENT, start + GENDER_CENTURY_DIGIT,
                    "the CCCD encodes " + number.gender() + " but GioiTinh says " + gender);
        }
    }

    /** {@code Nam} or {@code Nữ}, the latter composed or decomposed. */
    private static Gender gender(String value) {
        switch (Normalizer.normalize(value, Normalizer.Form.NFC)) {
            case "Nam":
                return Gender.MALE;
            case "Nữ":
                return Gender.FEMALE;
            default:
                break;
        }
        if (value.isEmpty()) {
            throw new QrFormatException(GIOI_TINH, FormatProblem.EMPTY, 0, "GioiTinh is empty");
        }
        int invisible = CardText.firstInvisible(value);
        if (invisible >= 0) {
            throw new QrFormatException(GIOI_TINH, FormatProblem.BAD_CHARACTER, invisible,
                    "GioiTinh is exactly 'Nam' or 'Nữ', without spaces");
        }
        throw new QrFormatException(GIOI_TINH, FormatProblem.BAD_VALUE, 0, "GioiTinh is 'Nam' or 'Nữ', not '" + value + "'");
    }

    /** Runs a field's check, moving its error from the field to the whole text. */
    private static <T> T at(CardFields fields, int index, Supplier<T> check) {
        try {
            return check.get();
        } catch (QrFormatException e) {
            throw e.shiftedBy(fields.start(index));
        }
    }

    private static void check(CardFields fields, int index, Runnable check) {
        at(fields, index, () -> {
            check.run();
            return null;
        });
    }
}
