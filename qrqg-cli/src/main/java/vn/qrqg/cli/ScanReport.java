package vn.qrqg.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.qrqg.codec.cccd.CccdCard;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.codec.scan.ScanResult;

/** A scan result as ordered name/value pairs, for text or JSON output. */
final class ScanReport {

    private ScanReport() {
    }

    /** @param withOutcome false for {@code decode}, which does not verify signatures */
    static Map<String, Object> of(ScanResult result, boolean withOutcome) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (withOutcome || result instanceof ScanResult.Malformed || result instanceof ScanResult.Unsupported) {
            fields.put("outcome", result.outcome().name());
        }
        fields.put("kind", result.kind().name());
        switch (result) {
            case ScanResult.Personal personal -> personal(personal.qr(), fields);
            case ScanResult.Venue venue -> fields.put("venueCode", venue.code().value());
            case ScanResult.CccdCardScan card -> card(card.card(), fields);
            case ScanResult.Malformed malformed -> {
                fields.put("field", malformed.field());
                fields.put("problem", malformed.problem().name());
                fields.put("position", malformed.position());
                fields.put("detail", malformed.error().detail());
            }
            case ScanResult.Unsupported unsupported -> fields.put("reason", unsupported.reason());
        }
        return fields;
    }

    private static void personal(PersonalQr qr, Map<String, Object> fields) {
        fields.put("form", qr.form().name());
        fields.put("SoGiayTo", qr.documentNumber());
        fields.put("HoTen", qr.fullName());
        fields.put("NgaySinh", qr.birthDate());
        fields.put("LoaiDinhDanh", String.valueOf(qr.declarationType().code()));
        fields.put("QID", qr.qid().value());
        fields.put("QIDNguoiKhaiHo", qr.declaredBy() == null ? "" : qr.declaredBy().value());
        fields.put("GioiTinh", String.valueOf(qr.gender().code()));
        fields.put("SoBHYT", qr.insuranceNumber());
        fields.put("SoDienThoai", qr.phone());
        if (!qr.extraSubFields().isEmpty()) {
            fields.put("extraSubFields", qr.extraSubFields());
        }
        fields.put("keyId", qr.signature().keyId());
    }

    private static void card(CccdCard card, Map<String, Object> fields) {
        fields.put("CCCD", card.cccdNumber());
        fields.put("CMND", card.oldCmndNumber());
        fields.put("HoTen", card.fullName());
        fields.put("NgaySinh", card.birthDate().toString());
        fields.put("GioiTinh", card.gender().name());
        fields.put("DiaChi", card.address());
        fields.put("NgayCap", card.issueDate().toString());
    }
}
