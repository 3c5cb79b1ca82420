package vn.qrqg.codec.vectors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Masking, document numbers, venues, CCCD cards and unsupported texts. */
final class OtherCases {

    private OtherCases() {
    }

    static List<VectorCase> masking() {
        List<VectorCase> c = new ArrayList<>();
        c.add(masked("mask-all-rules", "Every rule at once: SoGiayTo, NgaySinh, SoBHYT, SoDienThoai",
                PersonalCases.HAN_FULL, PersonalCases.HAN_MASKED));
        c.add(masked("mask-cmnd-year-only", "A 9-digit CMND keeps its last 3; an unknown day and month are masked too",
                PersonalCases.BINH_FULL, PersonalCases.BINH_MASKED));
        c.add(masked("mask-passport", "A passport number keeps its last 2; phone keeps its first 4",
                PersonalCases.MAI_FULL, PersonalCases.MAI_MASKED));
        c.add(masked("mask-on-behalf", "The QIDs, the name, LoaiDinhDanh and GioiTinh are never masked",
                PersonalCases.KHOI_FULL, PersonalCases.KHOI_MASKED));
        c.add(masked("mask-idempotent", "Masking a masked text changes nothing", PersonalCases.HAN_MASKED, PersonalCases.HAN_MASKED));
        return c;
    }

    static List<VectorCase> documents() {
        List<VectorCase> c = new ArrayList<>();
        c.add(cccd("cccd-valid", "A CCCD: Hà Nội, male, born 1993", "001093029317", null, null, "001", "1", 1993));
        c.add(cccd("cccd-valid-2000s-female", "A CCCD: Hồ Chí Minh City, female, born 2001 (digit 3)",
                "079301000123", "2001-05-00", '2', "079", "2", 2001));
        c.add(cccd("cccd-valid-gender-not-stated", "Consistent with a year-only birth date and no stated gender",
                "001193029317", "1993-00-00", '0', "001", "2", 1993));
        c.add(invalid("cccd-inconsistent-year", "Born 1993 by the CCCD, 1992 by the declaration",
                "001193029317", "1992-01-18", '2', "INCONSISTENT", 3));
        c.add(invalid("cccd-inconsistent-gender", "Female by the CCCD, male by the declaration",
                "001193029317", "1993-01-18", '1', "INCONSISTENT", 3));
        c.add(invalid("cccd-bad-province", "000 is no province code", "000193029317", null, null, "BAD_VALUE", 0));
        c.add(invalid("cccd-eleven-digits", "Eleven digits", "00119302931", null, null, "BAD_LENGTH", 0));
        c.add(invalid("cccd-letter", "A letter among the digits", "0011930A9317", null, null, "BAD_CHARACTER", 7));
        c.add(VectorCase.documentNumber("cmnd-valid", "A 9-digit CMND", "123456789", null, null)
                .expect("valid", true).expect("kind", "CMND"));
        c.add(VectorCase.documentNumber("passport-valid", "A passport number: one upper-case letter and 7 digits", "C1234567", null, null)
                .expect("valid", true).expect("kind", "PASSPORT"));
        c.add(invalid("passport-too-long", "A passport number with 8 digits", "C12345678", null, null, "BAD_LENGTH", 0));
        c.add(invalid("document-number-empty", "Nothing", "", null, null, "EMPTY", 0));
        return c;
    }

    static List<VectorCase> venues() {
        List<VectorCase> c = new ArrayList<>();
        c.add(VectorCase.venueCode("venue-code-valid", "8 random Crockford base32 characters and a Luhn mod 32 check character",
                "7K3M9QXZJ").expect("valid", true).expect("canonical", "7K3M9QXZJ"));
        c.add(VectorCase.venueCode("venue-code-all-zero", "The check character of all zeros is 0", "000000000")
                .expect("valid", true).expect("canonical", "000000000"));
        c.add(VectorCase.venueCode("venue-code-lower-case", "Lower case is read as upper case", "hn01cafeq")
                .expect("valid", true).expect("canonical", "HN01CAFEQ"));
        c.add(VectorCase.venueCode("venue-code-aliases", "Crockford's aliases: O is 0, I and L are 1", "HNO1CAFEQ")
                .expect("valid", true).expect("canonical", "HN01CAFEQ"));
        c.add(VectorCase.venueCode("venue-code-check", "Wrong check character", "7K3M9QXZK").expect("valid", false)
                .rejected("venueCode", "BAD_CHECK_DIGIT", 8));
        c.add(VectorCase.venueCode("venue-code-transposed", "Two neighbours swapped", "K73M9QXZJ").expect("valid", false)
                .rejected("venueCode", "BAD_CHECK_DIGIT", 8));
        c.add(VectorCase.venueCode("venue-code-u", "U is not in the Crockford alphabet", "7K3M9QXUJ").expect("valid", false)
                .rejected("venueCode", "BAD_CHARACTER", 7));
        c.add(VectorCase.venueCode("venue-code-short", "Eight characters", "7K3M9QXZ").expect("valid", false)
                .rejected("venueCode", "BAD_LENGTH", 8));
        c.add(VectorCase.venueCode("venue-code-empty", "Nothing", "").expect("valid", false)
                .rejected("venueCode", "EMPTY", 0));
        String base = VectorCase.VENUE_BASE_URL;
        c.add(VectorCase.scan("venue-url", "The platform's venue URL", base + "/v/7K3M9QXZJ", "main")
                .expect("outcome", "VALID").expect("kind", "VENUE").expect("venueCode", "7K3M9QXZJ"));
        c.add(VectorCase.scan("venue-url-tracking", "A camera app appended a query string: ignored", base + "/v/7K3M9QXZJ?utm_source=poster", "main")
                .expect("outcome", "VALID").expect("kind", "VENUE").expect("venueCode", "7K3M9QXZJ"));
        c.add(VectorCase.scan("venue-url-bad-check", "The platform's venue URL with a wrong check character", base + "/v/7K3M9QXZK", "main")
                .expect("outcome", "MALFORMED").expect("kind", "VENUE").rejected("venueCode", "BAD_CHECK_DIGIT", base.length() + 3 + 8));
        c.add(VectorCase.scan("venue-url-other-host", "The same path on another host is not a venue QR of the platform",
                "https://qr.example.com/v/7K3M9QXZJ", "main").expect("outcome", "UNSUPPORTED").expect("kind", "UNKNOWN"));
        return c;
    }

    static List<VectorCase> cccdCards() {
        List<VectorCase> c = new ArrayList<>();
        String address = "Số 1 Phố Huế, Phường Hai Bà Trưng, Hà Nội";
        c.add(card("card-valid", "A card with the old CMND number",
                "001193029317|123456789|Nguyễn Lê Khả Hân|18011993|Nữ|" + address + "|15072021",
                cardFields("001193029317", "123456789", "Nguyễn Lê Khả Hân", "1993-01-18", "2", address, "2021-07-15")));
        c.add(card("card-no-cmnd", "A card without an old number: the field is empty",
                "001087004321||Đặng Đức Đạt|30111987|Nam|" + address + "|01032021",
                cardFields("001087004321", "", "Đặng Đức Đạt", "1987-11-30", "1", address, "2021-03-01")));
        c.add(card("card-decomposed", "Diacritics in decomposed Unicode are read as the composed name",
                "001193029317||Nguye\u0302\u0303n Lê Khả Hân|18011993|Nu\u031B\u0303|" + address + "|15072021",
                cardFields("001193029317", "", "Nguyễn Lê Khả Hân", "1993-01-18", "2", address, "2021-07-15")));
        c.add(cardRejected("card-gender-nu-ascii", "GioiTinh written 'Nu' without its marks",
                "001193029317||Nguyễn Lê Khả Hân|18011993|Nu|" + address + "|15072021", "GioiTinh", "BAD_VALUE", 41));
        c.add(cardRejected("card-gender-inconsistent", "A woman's CCCD on a card that says Nam",
                "001193029317||Nguyễn Lê Khả Hân|18011993|Nam|" + address + "|15072021", "CCCD", "INCONSISTENT", 3));
        c.add(cardRejected("card-impossible-date", "Born on 31 February",
                "001193029317||Nguyễn Lê Khả Hân|31021993|Nữ|" + address + "|15072021", "NgaySinh", "IMPOSSIBLE_DATE", 32));
        c.add(cardRejected("card-issued-before-birth", "Issued before the holder was born",
                "001193029317||Nguyễn Lê Khả Hân|18011993|Nữ|" + address + "|15071990", "NgayCap", "INCONSISTENT",
                ("001193029317||Nguyễn Lê Khả Hân|18011993|Nữ|" + address + "|").length()));
        return c;
    }

    static List<VectorCase> unsupported() {
        List<VectorCase> c = new ArrayList<>();
        c.add(unsupported("empty", "An empty scan", ""));
        c.add(unsupported("plain-text", "Plain text", "Xin chào"));
        c.add(unsupported("product-code", "The digits of a product barcode", "8934588012112"));
        c.add(unsupported("other-url", "Someone else's web link", "https://example.org/menu"));
        c.add(unsupported("wifi", "A Wi-Fi QR", "WIFI:T:WPA;S:quan-ca-phe;P:12345678;;"));
        return c;
    }

    private static VectorCase masked(String id, String description, String input, String expected) {
        return VectorCase.mask(id, description, input).expect("masked", expected);
    }

    private static VectorCase cccd(String id, String description, String number, String birthDate, Character gender,
            String province, String cccdGender, int year) {
        return VectorCase.documentNumber(id, description, number, birthDate, gender).expect("valid", true).expect("kind", "CCCD")
                .expect("provinceCode", province).expect("gender", cccdGender).expect("birthYear", year);
    }

    private static VectorCase invalid(String id, String description, String number, String birthDate, Character gender,
            String problem, int position) {
        return VectorCase.documentNumber(id, description, number, birthDate, gender).expect("valid", false)
                .rejected("SoGiayTo", problem, position);
    }

    private static VectorCase card(String id, String description, String text, Map<String, Object> fields) {
        return VectorCase.scan(id, description, text, "main").expect("outcome", "VALID").expect("kind", "CCCD_CARD").expect("fields", fields);
    }

    private static VectorCase cardRejected(String id, String description, String text, String field, String problem, int position) {
        return VectorCase.scan(id, description, text, "main").expect("outcome", "MALFORMED").expect("kind", "CCCD_CARD")
                .rejected(field, problem, position);
    }

    private static VectorCase unsupported(String id, String description, String text) {
        return VectorCase.scan(id, description, text, "main").expect("outcome", "UNSUPPORTED").expect("kind", "UNKNOWN");
    }

    private static Map<String, Object> cardFields(String cccd, String cmnd, String name, String birth, String gender, String address,
            String issued) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("CCCD", cccd);
        fields.put("CMND", cmnd);
        fields.put("HoTen", name);
        fields.put("NgaySinh", birth);
        fields.put("GioiTinh", gender);
        fields.put("DiaChi", address);
        fields.put("NgayCap", issued);
        return fields;
    }
}
