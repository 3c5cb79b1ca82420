package vn.qrqg.cli;

import java.util.LinkedHashMap;
import java.util.Map;
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
            case ScanResult.CccdCardScan card -> fields.putAll(card.card().fields());
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
        fields.putAll(qr.fields());
        if (!qr.extraSubFields().isEmpty()) {
            fields.put("extraSubFields", qr.extraSubFields());
        }
        fields.put("keyId", qr.signature().keyId());
    }
}
