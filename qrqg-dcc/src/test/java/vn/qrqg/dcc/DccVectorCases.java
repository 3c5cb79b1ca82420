package vn.qrqg.dcc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published DCC test vectors: three valid certificates and one negative case per step. The
 * expected answers are written here by hand; {@link DccVectorGenerator} checks them against the
 * library before it writes anything.
 */
final class DccVectorCases {
    static final String REGISTERED = "1.3.6.1.4.1.1847.2021.1.";
    static final String EARLY = "1.3.6.1.4.1.0.1847.2021.1.";

    final DccSigningKey es = TestSigners.ec("QRQG test DSC ES256 all types", REGISTERED + 1, REGISTERED + 2, REGISTERED + 3);
    final DccSigningKey rsa = TestSigners.rsa("QRQG test DSC PS256 tests only", EARLY + 1);
    final DccSigningKey vaccinationOnly = TestSigners.ec("QRQG test DSC vaccinations only", REGISTERED + 2);
    final DccSigningKey unknown = TestSigners.ec("QRQG test DSC in no trust list");

    /** The signers of the trust list, by the file name of their PEM. */
    Map<String, DccSigningKey> trusted() {
        Map<String, DccSigningKey> signers = new LinkedHashMap<>();
        signers.put("es256-all-types", es);
        signers.put("ps256-tests-only", rsa);
        signers.put("es256-vaccinations-only", vaccinationOnly);
        return signers;
    }

    List<Map<String, Object>> all() {
        String vaccination = DccIssuer.sign(Fixtures.vaccination(), Fixtures.CLAIMS, es);
        byte[] message = DccIssuer.signCose(DccIssuer.cwt(Fixtures.vaccination(), Fixtures.CLAIMS), es, true);
        List<Map<String, Object>> cases = new ArrayList<>();
        cases.add(vector("vaccination-valid", "Vaccination, ES256, key id in the protected header.", vaccination, null));
        cases.add(vector("test-valid", "NAAT test, PS256, key id in the unprotected header, signer allowed tests by the "
                + "early EU key-usage arc 1.3.6.1.4.1.0.1847.2021.1.1.",
                DccIssuer.sign(Fixtures.test(), Fixtures.CLAIMS, rsa, false), null));
        cases.add(vector("recovery-valid", "Recovery, ES256, key id in the unprotected header, every CBOR map in reverse "
                + "of the deterministic order.", DccIssuer.text(DccIssuer.signCose(reversedCwt(Fixtures.recovery()), es, false)), null));
        cases.add(vector("bad-prefix", "HC2: instead of HC1:.", "HC2:" + vaccination.substring(4), Step.PREFIX));
        cases.add(vector("bad-base45", "A lower-case letter, outside the Base45 alphabet.",
                vaccination.substring(0, 20) + "a" + vaccination.substring(21), Step.BASE45));
        byte[] zlib = Zlib.deflate(message);
        cases.add(vector("broken-zlib", "The zlib stream cut in half.",
                "HC1:" + Base45.encode(Arrays.copyOf(zlib, zlib.length / 2)), Step.ZLIB));
        ObjectNode notCose = Cbor.JSON.createObjectNode().put("1", 2);
        cases.add(vector("not-cose", "A CBOR map where the COSE_Sign1 array belongs.", DccIssuer.text(Cbor.encode(notCose)), Step.COSE));
        byte[] cwt = DccIssuer.cwt(Fixtures.vaccination(), Fixtures.CLAIMS);
        cases.add(vector("altered-cbor", "The CWT's last 7 bytes cut off (then signed): the CBOR is not well-formed.",
                DccIssuer.text(DccIssuer.signCose(Arrays.copyOf(cwt, cwt.length - 7), es, true)), Step.CBOR));
        byte[] altered = message.clone();
        altered[altered.length - 1] ^= 0x01;
        cases.add(vector("wrong-signature", "The signature's last bit flipped.", DccIssuer.text(altered), Step.SIGNATURE));
        cases.add(vector("unknown-signer", "Signed by a document signer that is in no trust list.",
                DccIssuer.sign(Fixtures.vaccination(), Fixtures.CLAIMS, unknown), Step.SIGNATURE));
        CwtClaims lastYear = new CwtClaims("VN", Instant.parse("2025-04-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
        cases.add(vector("expired", "Issued 2025-04-01, expired 2026-04-01, before the validation clock.",
                DccIssuer.sign(Fixtures.vaccination(), lastYear, es), Step.EXPIRY));
        ObjectNode doseZero = Fixtures.vaccination();
        ((ObjectNode) doseZero.path("v").path(0)).put("dn", 0);
        cases.add(vector("schema-violation", "Dose number 0: the schema's minimum is 1.",
                DccIssuer.sign(doseZero, Fixtures.CLAIMS, es), Step.SCHEMA));
        cases.add(vector("wrong-key-usage", "A recovery certificate signed by a signer allowed only vaccinations.",
                DccIssuer.sign(Fixtures.recovery(), Fixtures.CLAIMS, vaccinationOnly), Step.KEY_USAGE));
        return cases;
    }

    /** Every step passed before {@code failed}, it failed, the rest did not run; all passed when null. */
    static Map<String, Object> expected(Step failed) {
        Map<String, Object> steps = new LinkedHashMap<>();
        StepOutcome outcome = StepOutcome.PASSED;
        for (Step step : Step.values()) {
            if (step == failed) {
                steps.put(step.jsonName(), StepOutcome.FAILED.name());
                outcome = StepOutcome.NOT_RUN;
            } else {
                steps.put(step.jsonName(), outcome.name());
            }
        }
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("outcome", failed == null ? "VALID" : "INVALID");
        expected.put("steps", steps);
        return expected;
    }

    private static Map<String, Object> vector(String id, String description, String text, Step failed) {
        Map<String, Object> vector = new LinkedHashMap<>();
        vector.put("id", id);
        vector.put("description", description);
        vector.put("text", text);
        vector.put("expected", expected(failed));
        return vector;
    }

    /** The CWT with every map written in reverse of the deterministic order: a reader must not care. */
    private static byte[] reversedCwt(JsonNode payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cbor.head(out, 5, 4);
        out.writeBytes(Cose.encodeInt(-260));
        Cbor.head(out, 5, 1);
        out.writeBytes(Cose.encodeInt(1));
        reversed(out, payload);
        out.writeBytes(Cose.encodeInt(6));
        out.writeBytes(Cose.encodeInt(Fixtures.CLAIMS.issuedAt().getEpochSecond()));
        out.writeBytes(Cose.encodeInt(4));
        out.writeBytes(Cose.encodeInt(Fixtures.CLAIMS.expiresAt().getEpochSecond()));
        out.writeBytes(Cose.encodeInt(1));
        Cbor.text(out, Fixtures.CLAIMS.issuer());
        return out.toByteArray();
    }

    private static void reversed(ByteArrayOutputStream out, JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(java.util.Comparator.comparingInt(String::length).thenComparing(java.util.Comparator.<String>naturalOrder()).reversed());
            Cbor.head(out, 5, names.size());
            for (String name : names) {
                Cbor.text(out, name);
                reversed(out, node.get(name));
            }
        } else if (node.isArray()) {
            Cbor.head(out, 4, node.size());
            node.forEach(element -> reversed(out, element));
        } else {
            out.writeBytes(Cbor.encode(node));
        }
    }
}
