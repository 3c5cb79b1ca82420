package vn.qrqg.codec.vectors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.document.CccdNumber;
import vn.qrqg.codec.document.DocumentKind;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.codec.personal.Masking;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.codec.revocation.RevocationId;
import vn.qrqg.codec.revocation.RevocationList;
import vn.qrqg.codec.revocation.RevocationLists;
import vn.qrqg.codec.scan.ScanClassifier;
import vn.qrqg.codec.scan.ScanResult;
import vn.qrqg.codec.signature.TrustList;
import vn.qrqg.codec.venue.VenueCode;

/**
 * Runs one vector through the codec's public API and answers in the vectors' own terms, so
 * the answer can be compared with {@code expected} as JSON. An implementation in another
 * language writes the same small runner (docs/formats.md).
 */
final class VectorRunner {

    private final Path vectorsDirectory;

    VectorRunner(Path vectorsDirectory) {
        this.vectorsDirectory = vectorsDirectory;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> run(Map<String, Object> vector) {
        String input = (String) vector.get("input");
        return switch ((String) vector.get("operation")) {
            case "scan" -> scan(input, trustList((String) vector.get("trustList")), (List<String>) vector.get("venueBaseUrls"),
                    revocationLists((List<String>) vector.get("revocationLists")));
            case "revocationId" -> Map.of("id", RevocationId.of(PersonalQr.parse(input).signature()));
            case "mask" -> Map.of("masked", mask(input));
            case "documentNumber" -> documentNumber(input, (String) vector.get("birthDate"), (String) vector.get("gender"));
            case "venueCode" -> venueCode(input);
            default -> throw new IllegalArgumentException("unknown operation in vector " + vector.get("id"));
        };
    }

    static Map<String, Object> scan(String input, TrustList trustList, List<String> venueBaseUrls,
            RevocationLists revocations) {
        ScanResult result = new ScanClassifier(trustList, venueBaseUrls, revocations).classify(input);
        Map<String, Object> actual = new LinkedHashMap<>();
        actual.put("outcome", result.outcome().name());
        actual.put("kind", result.kind().name());
        switch (result) {
            case ScanResult.Personal personal -> {
                actual.put("keyId", personal.qr().signature().keyId());
                if (personal.outcome() == ScanOutcome.VALID || personal.outcome() == ScanOutcome.SUPERSEDED) {
                    actual.put("form", personal.qr().form().name());
                    actual.put("fields", personal.qr().fields());
                }
            }
            case ScanResult.Venue venue -> actual.put("venueCode", venue.code().value());
            case ScanResult.CccdCardScan card -> actual.put("fields", card.card().fields());
            case ScanResult.Malformed malformed -> rejection(malformed.error(), actual);
            case ScanResult.Unsupported unsupported -> { }
        }
        return actual;
    }

    /** The masking rules applied field by field to a full-form unsigned text. */
    static String mask(String fullUnsigned) {
        String[] fields = fullUnsigned.split("\\|", -1);
        String[] ext = fields[5].split("<", -1);
        StringBuilder masked = new StringBuilder()
                .append(Masking.document(fields[0])).append('|').append(fields[1]).append('|')
                .append(Masking.birthDate(fields[2])).append('|').append(fields[3]).append('|').append(fields[4]).append('|')
                .append(ext[0]).append('<').append(ext[1]).append('<')
                .append(Masking.insuranceNumber(ext[2])).append('<').append(Masking.phone(ext[3]));
        for (int i = 4; i < ext.length; i++) {
            masked.append('<').append(ext[i]);
        }
        return masked.toString();
    }

    static Map<String, Object> documentNumber(String input, String birthDate, String gender) {
        Map<String, Object> actual = new LinkedHashMap<>();
        try {
            DocumentNumber number = DocumentNumber.parse(input);
            if (birthDate != null) {
                number.checkConsistentWith(BirthDate.parse(birthDate), Gender.fromCode(gender.charAt(0)), DocumentNumber.FIELD);
            }
            actual.put("valid", true);
            actual.put("kind", number.kind().name());
            if (number.kind() == DocumentKind.CCCD) {
                CccdNumber cccd = CccdNumber.decode(input, DocumentNumber.FIELD);
                actual.put("provinceCode", cccd.provinceCode());
                actual.put("gender", String.valueOf(cccd.gender().code()));
                actual.put("birthYear", cccd.birthYear());
            }
        } catch (QrFormatException e) {
            actual.put("valid", false);
            rejection(e, actual);
        }
        return actual;
    }

    static Map<String, Object> venueCode(String input) {
        Map<String, Object> actual = new LinkedHashMap<>();
        try {
            VenueCode code = VenueCode.parse(input);
            actual.put("valid", true);
            actual.put("canonical", code.value());
        } catch (QrFormatException e) {
            actual.put("valid", false);
            rejection(e, actual);
        }
        return actual;
    }

    /** The lists in order, each whole or a delta of the one before; none when the vector names none. */
    private RevocationLists revocationLists(List<String> relativePaths) {
        if (relativePaths == null) {
            return RevocationLists.none();
        }
        return RevocationLists.of(relativePaths.stream().map(path -> {
            try {
                return RevocationList.parse(Files.readString(vectorsDirectory.resolve(path)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList());
    }

    private TrustList trustList(String relativePath) {
        try {
            return TrustList.fromJwks(Files.readString(vectorsDirectory.resolve(relativePath)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rejection(QrFormatException e, Map<String, Object> actual) {
        actual.put("field", e.field());
        actual.put("problem", e.problem().name());
        actual.put("position", e.position());
    }
}
