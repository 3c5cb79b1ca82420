package vn.qrqg.codec.vectors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.qrqg.codec.signature.SignatureVerifier;
import vn.qrqg.codec.signature.Signer;

/** Personal QRs that verify, and personal QRs whose signature must not verify. */
final class PersonalCases {

    static final String QID_HAN = "162979388586171104";
    static final String QID_BINH = "799273987100000004";
    static final String QID_MAI = "314159265358979329";
    static final String QID_KHOI = "271828182845904526";
    static final String QID_DAT = "141421356237309504";

    /** A woman born 1993 in Hà Nội (CCCD 001 1 93 …), with insurance and phone. */
    static final String HAN_FULL = "001193029317|NGUYEN LE KHA HAN|1993-01-18|0|" + QID_HAN + "|<2<DN4017915019812<0912345678<";
    static final String HAN_MASKED = "******029317|NGUYEN LE KHA HAN|1993-**-**|0|" + QID_HAN + "|<2<DN4017*********<0912******<";
    /** An old CMND holder whose record keeps only the year of birth. */
    static final String BINH_FULL = "123456789|TRAN VAN BINH|1950-00-00|0|" + QID_BINH + "|<0<<<";
    static final String BINH_MASKED = "******789|TRAN VAN BINH|1950-**-**|0|" + QID_BINH + "|<0<<<";
    /** A passport holder whose record keeps year and month. */
    static final String MAI_FULL = "C1234567|PHAM THI MAI|1988-07-00|0|" + QID_MAI + "|<2<<0987654321<";
    static final String MAI_MASKED = "******67|PHAM THI MAI|1988-**-**|0|" + QID_MAI + "|<2<<0987******<";
    /** A boy born 2015 in Hồ Chí Minh City (CCCD 079 2 15 …), declared by Hân. */
    static final String KHOI_FULL = "079215000123|LE MINH KHOI|2015-03-09|1|" + QID_KHOI + "|" + QID_HAN + "<1<<<";
    static final String KHOI_MASKED = "******000123|LE MINH KHOI|2015-**-**|1|" + QID_KHOI + "|" + QID_HAN + "<1<<<";
    /** A man born 1987 (CCCD 001 0 87 …) whose name had Đ and tones. */
    static final String DAT_FULL = "001087004321|DANG DUC DAT|1987-11-30|0|" + QID_DAT + "|<1<HC4797915019812<0388123456<";

    private PersonalCases() {
    }

    static String signed(String unsigned, Signer signer) {
        return unsigned + SignatureVerifier.sign(signer, unsigned);
    }

    static List<VectorCase> valid(VectorGenerator.Keys keys) {
        Signer key = keys.active();
        List<VectorCase> cases = new ArrayList<>();
        cases.add(valid("valid-full-cccd", "Full form, CCCD, self-declared, with insurance and phone",
                signed(HAN_FULL, key), key, "FULL",
                fields("001193029317", "NGUYEN LE KHA HAN", "1993-01-18", "0", QID_HAN, "", "2", "DN4017915019812", "0912345678")));
        cases.add(valid("valid-masked-cccd", "Masked form of the same person: every masking rule applied",
                signed(HAN_MASKED, key), key, "MASKED",
                fields("******029317", "NGUYEN LE KHA HAN", "1993-**-**", "0", QID_HAN, "", "2", "DN4017*********", "0912******")));
        cases.add(valid("valid-full-cmnd-year-only", "Full form, 9-digit CMND, only the year of birth known, no optional sub-fields",
                signed(BINH_FULL, key), key, "FULL", fields("123456789", "TRAN VAN BINH", "1950-00-00", "0", QID_BINH, "", "0", "", "")));
        cases.add(valid("valid-masked-cmnd", "Masked form of a CMND: 6 of 9 characters hidden",
                signed(BINH_MASKED, key), key, "MASKED", fields("******789", "TRAN VAN BINH", "1950-**-**", "0", QID_BINH, "", "0", "", "")));
        cases.add(valid("valid-full-passport-month-only", "Full form, passport number, day of birth unknown",
                signed(MAI_FULL, key), key, "FULL", fields("C1234567", "PHAM THI MAI", "1988-07-00", "0", QID_MAI, "", "2", "", "0987654321")));
        cases.add(valid("valid-masked-passport", "Masked form of a passport number: 6 of 8 characters hidden",
                signed(MAI_MASKED, key), key, "MASKED", fields("******67", "PHAM THI MAI", "1988-**-**", "0", QID_MAI, "", "2", "", "0987******")));
        cases.add(valid("valid-on-behalf-full", "Declared on the person's behalf: LoaiDinhDanh 1 and the declarer's QID",
                signed(KHOI_FULL, key), key, "FULL", fields("079215000123", "LE MINH KHOI", "2015-03-09", "1", QID_KHOI, QID_HAN, "1", "", "")));
        cases.add(valid("valid-on-behalf-masked", "Masked form of a QR declared on the person's behalf",
                signed(KHOI_MASKED, key), key, "MASKED", fields("******000123", "LE MINH KHOI", "2015-**-**", "1", QID_KHOI, QID_HAN, "1", "", "")));
        cases.add(valid("valid-full-male-with-d", "Full form, a man born in the 1900s whose name had Đ",
                signed(DAT_FULL, key), key, "FULL",
                fields("001087004321", "DANG DUC DAT", "1987-11-30", "0", QID_DAT, "", "1", "HC4797915019812", "0388123456")));
        String withExtras = HAN_FULL + "V2<20260101<";
        cases.add(valid("valid-extra-sub-fields", "A later version inserted two sub-fields before ChuKy: read, ignore, but verify them",
                signed(withExtras, key), key, "FULL",
                fields("001193029317", "NGUYEN LE KHA HAN", "1993-01-18", "0", QID_HAN, "", "2", "DN4017915019812", "0912345678")));
        cases.add(valid("valid-retired-key", "Signed by a key since retired by rotation: still verifies",
                signed(BINH_FULL, keys.retired()), keys.retired(), "FULL",
                fields("123456789", "TRAN VAN BINH", "1950-00-00", "0", QID_BINH, "", "0", "", "")));
        cases.add(valid("valid-trailing-line-end", "A keyboard-wedge reader appended CR LF: not part of the QR",
                signed(BINH_FULL, key) + "\r\n", key, "FULL", fields("123456789", "TRAN VAN BINH", "1950-00-00", "0", QID_BINH, "", "0", "", "")));
        return cases;
    }

    static List<VectorCase> signatures(VectorGenerator.Keys keys) {
        Signer key = keys.active();
        String han = signed(HAN_FULL, key);
        String chuKy = han.substring(HAN_FULL.length());
        List<VectorCase> cases = new ArrayList<>();
        cases.add(rejected("tampered-name", "One letter of the name changed after signing",
                han.replace("KHA HAN", "KHA HAM"), "INVALID_SIGNATURE", key));
        cases.add(rejected("tampered-phone", "One digit of the phone number changed after signing",
                han.replace("0912345678", "0912345679"), "INVALID_SIGNATURE", key));
        cases.add(rejected("tampered-gender", "GioiTinh changed to 0 (not stated) after signing",
                han.replace("|<2<", "|<0<"), "INVALID_SIGNATURE", key));
        char last = chuKy.charAt(20);
        String flipped = chuKy.substring(0, 20) + (last == 'A' ? 'B' : 'A') + chuKy.substring(21);
        cases.add(rejected("tampered-signature", "One character of SIG changed",
                HAN_FULL + flipped, "INVALID_SIGNATURE", key));
        cases.add(rejected("masked-text-full-signature", "The masked text carrying the full form's signature: each form is signed separately",
                HAN_MASKED + chuKy, "INVALID_SIGNATURE", key));
        cases.add(rejected("extra-sub-field-added", "A sub-field inserted before ChuKy after signing",
                HAN_FULL + "V2<" + chuKy, "INVALID_SIGNATURE", key));
        cases.add(rejected("other-trusted-kid", "The key id replaced by another trusted (retired) key's id",
                HAN_FULL + keys.retired().keyId() + chuKy.substring(8), "INVALID_SIGNATURE", keys.retired()));
        cases.add(rejected("unknown-key", "Signed by a key that is in no trust list",
                signed(HAN_FULL, keys.unknown()), "UNKNOWN_KEY", keys.unknown()));
        VectorCase emptyList = VectorCase.scan("empty-trust-list", "A valid QR read with an empty trust list",
                        han, "empty").expect("outcome", "UNKNOWN_KEY").expect("kind", "PERSONAL").expect("keyId", key.keyId());
        cases.add(emptyList);
        cases.add(rejected("revoked-key", "Signed by a revoked key: no longer verifies",
                signed(HAN_FULL, keys.revoked()), "REVOKED_KEY", keys.revoked()));
        cases.add(rejected("revoked-key-masked", "Masked form signed by a revoked key",
                signed(HAN_MASKED, keys.revoked()), "REVOKED_KEY", keys.revoked()));
        return cases;
    }

    private static VectorCase valid(String id, String description, String text, Signer key, String form, Map<String, Object> fields) {
        return VectorCase.scan(id, description, text, "main").expect("outcome", "VALID").expect("kind", "PERSONAL")
                .expect("keyId", key.keyId()).expect("form", form).expect("fields", fields);
    }

    private static VectorCase rejected(String id, String description, String text, String outcome, Signer key) {
        return VectorCase.scan(id, description, text, "main").expect("outcome", outcome).expect("kind", "PERSONAL")
                .expect("keyId", key.keyId());
    }

    static Map<String, Object> fields(String document, String name, String birthDate, String type, String qid, String declarer,
            String gender, String insurance, String phone) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("SoGiayTo", document);
        fields.put("HoTen", name);
        fields.put("NgaySinh", birthDate);
        fields.put("LoaiDinhDanh", type);
        fields.put("QID", qid);
        fields.put("QIDNguoiKhaiHo", declarer);
        fields.put("GioiTinh", gender);
        fields.put("SoBHYT", insurance);
        fields.put("SoDienThoai", phone);
        return fields;
    }
}
