package vn.qrqg.codec.vectors;

import static vn.qrqg.codec.vectors.PersonalCases.HAN_FULL;
import static vn.qrqg.codec.vectors.PersonalCases.HAN_MASKED;
import static vn.qrqg.codec.vectors.PersonalCases.QID_HAN;
import static vn.qrqg.codec.vectors.PersonalCases.QID_KHOI;

import java.util.ArrayList;
import java.util.List;

/**
 * Personal QRs a strict reader rejects (FORMATS.md §1 "Strictness"). Each is a valid QR with
 * one thing broken; the expected position is where that thing is, in code points.
 */
final class MalformedCases {

    private MalformedCases() {
    }

    static List<VectorCase> all(VectorGenerator.Keys keys) {
        String sig = PersonalCases.signed(HAN_FULL, keys.active()).substring(HAN_FULL.length());
        String han = HAN_FULL + sig;
        List<VectorCase> c = new ArrayList<>();
        // the shape of the whole text
        String fiveFields = "001193029317|NGUYEN LE KHA HAN|1993-01-18|" + QID_HAN + "|<2<<<" + sig;
        c.add(malformed("five-fields", "LoaiDinhDanh left out: five fields", fiveFields, "QR", "WRONG_FIELD_COUNT", fiveFields.length()));
        String sevenFields = han.replace("|0|", "|0|0|");
        c.add(malformed("seven-fields", "A field too many", sevenFields, "QR", "WRONG_FIELD_COUNT", nth(sevenFields, '|', 6)));
        String fewSubs = HAN_FULL.replace("<0912345678<", "<") + sig;
        c.add(malformed("ext-four-sub-fields", "EXT with SoDienThoai left out: four sub-fields", fewSubs, "EXT", "WRONG_FIELD_COUNT", fewSubs.length()));
        // SoGiayTo
        c.add(malformed("document-empty", "SoGiayTo empty", han.substring(12), "SoGiayTo", "EMPTY", 0));
        c.add(malformed("document-letter", "A letter inside a CCCD", han.replaceFirst("001193029317", "00119302931O"), "SoGiayTo", "BAD_CHARACTER", 11));
        c.add(malformed("document-ten-digits", "Ten digits: neither CCCD nor CMND", han.replaceFirst("001193029317", "0011930293"), "SoGiayTo", "BAD_LENGTH", 0));
        c.add(malformed("document-bad-province", "099 is no province code", han.replaceFirst("001193029317", "099193029317"), "SoGiayTo", "BAD_VALUE", 0));
        c.add(malformed("cccd-other-year", "A CCCD of someone born in 1994, declared 1993", han.replaceFirst("001193029317", "001194029317"), "SoGiayTo", "INCONSISTENT", 3));
        c.add(malformed("cccd-other-gender", "A man's CCCD (digit 0), declared female", han.replaceFirst("001193029317", "001093029317"), "SoGiayTo", "INCONSISTENT", 3));
        c.add(malformed("cccd-other-century", "A CCCD of someone born in 2093 (digit 3)", han.replaceFirst("001193029317", "001393029317"), "SoGiayTo", "INCONSISTENT", 3));
        c.add(malformed("document-five-masks", "Only 5 characters masked", (HAN_MASKED + sig).replaceFirst("\\*{6}", "*****0"), "SoGiayTo", "BAD_CHARACTER", 5));
        c.add(malformed("passport-lower-case", "A passport number with a lower-case letter",
                han.replaceFirst("001193029317", "c1234567"), "SoGiayTo", "BAD_CHARACTER", 0));
        // HoTen
        c.add(malformed("name-empty", "HoTen empty", han.replace("NGUYEN LE KHA HAN", ""), "HoTen", "EMPTY", 13));
        c.add(malformed("name-lower-case", "HoTen in lower case", han.replace("NGUYEN", "Nguyen"), "HoTen", "BAD_CHARACTER", 14));
        c.add(malformed("name-diacritics", "HoTen with its diacritics kept", han.replace("NGUYEN", "NGUYỄN"), "HoTen", "BAD_CHARACTER", 17));
        c.add(malformed("name-double-space", "Two spaces between words", han.replace("LE KHA", "LE  KHA"), "HoTen", "BAD_FORMAT", 23));
        c.add(malformed("name-leading-space", "A space before the name", han.replace("|NGUYEN", "| NGUYEN"), "HoTen", "BAD_FORMAT", 13));
        c.add(malformed("name-with-lt", "'<' inside HoTen", han.replace("LE KHA", "LE<KHA"), "HoTen", "BAD_CHARACTER", 22));
        c.add(malformed("name-astral", "A character outside the BMP counts as one position", han.replace("LE KHA", "L\uD835\uDC00 KHA"), "HoTen", "BAD_CHARACTER", 21));
        // NgaySinh
        c.add(malformed("date-30-february", "30 February", han.replace("1993-01-18", "1993-02-30"), "NgaySinh", "IMPOSSIBLE_DATE", 39));
        c.add(malformed("date-month-13", "Month 13", han.replace("1993-01-18", "1993-13-18"), "NgaySinh", "IMPOSSIBLE_DATE", 36));
        c.add(malformed("date-day-without-month", "A day given with an unknown month", han.replace("1993-01-18", "1993-00-18"), "NgaySinh", "IMPOSSIBLE_DATE", 39));
        c.add(malformed("date-future", "Born in 2999", han.replace("1993-01-18", "2999-01-18").replaceFirst("001193029317", "123456789"),
                "NgaySinh", "IMPOSSIBLE_DATE", 28));
        c.add(malformed("date-before-1900", "Born in 1899 (CMND, so no CCCD century to compare)",
                han.replace("1993-01-18", "1899-01-18").replaceFirst("001193029317", "123456789"), "NgaySinh", "IMPOSSIBLE_DATE", 28));
        c.add(malformed("date-day-first", "DD/MM/YYYY instead of YYYY-MM-DD", han.replace("1993-01-18", "18/01/1993"), "NgaySinh", "BAD_FORMAT", 33));
        c.add(malformed("date-masked-in-full-form", "Date masked while SoGiayTo is shown in full", han.replace("1993-01-18", "1993-**-**"), "NgaySinh", "INCONSISTENT", 36));
        c.add(malformed("date-full-in-masked-form", "Date in full while SoGiayTo is masked",
                (HAN_MASKED + sig).replace("1993-**-**", "1993-01-18"), "NgaySinh", "INCONSISTENT", 36));
        // LoaiDinhDanh, QID
        c.add(malformed("type-2", "LoaiDinhDanh 2", han.replace("|0|", "|2|"), "LoaiDinhDanh", "BAD_VALUE", 42));
        c.add(malformed("qid-empty", "QID empty", han.replace(QID_HAN, ""), "QID", "EMPTY", 44));
        c.add(malformed("qid-check-digit", "QID with a wrong Luhn check digit", han.replace(QID_HAN, "162979388586171103"), "QID", "BAD_CHECK_DIGIT", 61));
        c.add(malformed("qid-17-digits", "QID one digit short", han.replace(QID_HAN, "16297938858617110"), "QID", "BAD_LENGTH", 44));
        c.add(malformed("qid-letter", "QID with a letter", han.replace(QID_HAN, "16297938858617110A"), "QID", "BAD_CHARACTER", 61));
        // EXT
        c.add(malformed("declarer-for-self", "A declarer's QID although LoaiDinhDanh is 0", han.replace("|<2<", "|" + QID_KHOI + "<2<"),
                "QIDNguoiKhaiHo", "INCONSISTENT", 63));
        c.add(malformed("declarer-missing", "LoaiDinhDanh 1 without the declarer's QID", han.replace("|0|", "|1|"), "QIDNguoiKhaiHo", "EMPTY", 63));
        c.add(malformed("declarer-check-digit", "The declarer's QID has a wrong check digit",
                han.replace("|0|", "|1|").replace("|<2<", "|271828182845904527<2<"), "QIDNguoiKhaiHo", "BAD_CHECK_DIGIT", 80));
        c.add(malformed("declarer-is-self", "A person declared on their own behalf",
                han.replace("|0|", "|1|").replace("|<2<", "|" + QID_HAN + "<2<"), "QIDNguoiKhaiHo", "INCONSISTENT", 63));
        c.add(malformed("gender-empty", "GioiTinh empty", han.replace("|<2<", "|<<"), "GioiTinh", "EMPTY", 64));
        c.add(malformed("gender-3", "GioiTinh 3", han.replace("|<2<", "|<3<"), "GioiTinh", "BAD_VALUE", 64));
        c.add(malformed("insurance-short", "SoBHYT of 14 characters", han.replace("DN4017915019812", "DN401791501981"), "SoBHYT", "BAD_LENGTH", 66));
        c.add(malformed("insurance-digit-first", "SoBHYT starting with a digit", han.replace("DN4017915019812", "1N4017915019812"), "SoBHYT", "BAD_CHARACTER", 66));
        c.add(malformed("phone-not-0", "SoDienThoai not starting with 0", han.replace("0912345678", "8412345678"), "SoDienThoai", "BAD_VALUE", 82));
        c.add(malformed("phone-9-digits", "SoDienThoai of 9 digits", han.replace("0912345678", "091234567"), "SoDienThoai", "BAD_LENGTH", 82));
        c.add(malformed("phone-masked-in-full-form", "SoDienThoai masked while SoGiayTo is shown in full",
                han.replace("0912345678", "0912******"), "SoDienThoai", "INCONSISTENT", 86));
        c.add(malformed("phone-full-in-masked-form", "SoDienThoai in full while SoGiayTo is masked",
                (HAN_MASKED + sig).replace("0912******", "0912345678"), "SoDienThoai", "INCONSISTENT", 86));
        c.add(malformed("insurance-masked-too-early", "SoBHYT masked from its 5th character",
                (HAN_MASKED + sig).replace("DN4017*********", "DN40***********"), "SoBHYT", "BAD_FORMAT", 70));
        c.add(malformed("extra-control-character", "A control character in an extra sub-field",
                HAN_FULL + "V\u00072<" + sig, "EXT", "BAD_CHARACTER", HAN_FULL.length() + 1));
        // ChuKy
        c.add(malformed("signature-empty", "ChuKy empty", HAN_FULL, "ChuKy", "EMPTY", HAN_FULL.length()));
        c.add(malformed("signature-no-dot", "ChuKy without the '.' between KID and SIG", HAN_FULL + sig.replace(".", ""), "ChuKy", "BAD_FORMAT", HAN_FULL.length() + 8));
        c.add(malformed("signature-short", "SIG one character short", han.substring(0, han.length() - 1), "ChuKy", "BAD_LENGTH", HAN_FULL.length() + 9));
        c.add(malformed("signature-padding", "SIG in base64 with '=' padding", han + "==", "ChuKy", "BAD_CHARACTER", han.length()));
        return c;
    }

    private static VectorCase malformed(String id, String description, String text, String field, String problem, int position) {
        return VectorCase.scan(id, description, text, "main").expect("outcome", "MALFORMED").expect("kind", "PERSONAL")
                .rejected(field, problem, position);
    }

    /** The char index of the n-th (1-based) occurrence of c. */
    private static int nth(String text, char c, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(c, at + 1);
        }
        return at;
    }
}
