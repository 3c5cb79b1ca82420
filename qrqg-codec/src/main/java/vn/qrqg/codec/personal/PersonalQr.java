package vn.qrqg.codec.personal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.signature.ChuKy;

/**
 * A personal QR v1.1 as read from a scan: every field as it appears (masked where the form
 * is masked), already checked by {@link PersonalQrParser}. Whether the signature verifies is
 * a separate question ({@link vn.qrqg.codec.signature.SignatureVerifier}).
 *
 * @param documentNumber {@code SoGiayTo}, e.g. {@code ******029317} in the masked form
 * @param birthDate {@code NgaySinh}, e.g. {@code 1987-**-**} in the masked form
 * @param declaredBy the declarer's QID, or {@code null} for {@link DeclarationType#SELF}
 * @param extraSubFields sub-fields a later version inserted before {@code ChuKy}, ignored but signed
 * @param signedLength the number of leading characters of {@code text} that are signed
 */
public record PersonalQr(
        String text,
        QrForm form,
        String documentNumber,
        String fullName,
        String birthDate,
        DeclarationType declarationType,
        Qid qid,
        Qid declaredBy,
        Gender gender,
        String insuranceNumber,
        String phone,
        List<String> extraSubFields,
        ChuKy signature,
        int signedLength) {

    public PersonalQr {
        extraSubFields = List.copyOf(extraSubFields);
    }

    /** Strictly parses a personal QR v1.1 text (see {@link PersonalQrParser#parse}). */
    public static PersonalQr parse(String text) {
        return PersonalQrParser.parse(text);
    }

    /** The UTF-8 bytes the signature covers: everything up to and including the {@code <} before {@code ChuKy}. */
    public byte[] signedBytes() {
        return text.substring(0, signedLength).getBytes(StandardCharsets.UTF_8);
    }

    /** The year of birth, visible in both forms. */
    public int birthYear() {
        return Integer.parseInt(birthDate, 0, 4, 10);
    }

    /**
     * The nine fields by their guideline names, in QR order, as shown ({@code ""} when empty):
     * {@code SoGiayTo, HoTen, NgaySinh, LoaiDinhDanh, QID, QIDNguoiKhaiHo, GioiTinh, SoBHYT, SoDienThoai}.
     */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("SoGiayTo", documentNumber);
        fields.put("HoTen", fullName);
        fields.put("NgaySinh", birthDate);
        fields.put("LoaiDinhDanh", String.valueOf(declarationType.code()));
        fields.put("QID", qid.value());
        fields.put("QIDNguoiKhaiHo", declaredBy == null ? "" : declaredBy.value());
        fields.put("GioiTinh", String.valueOf(gender.code()));
        fields.put("SoBHYT", insuranceNumber);
        fields.put("SoDienThoai", phone);
        return fields;
    }
}
