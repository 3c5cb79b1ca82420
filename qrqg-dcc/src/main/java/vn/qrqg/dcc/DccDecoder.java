package vn.qrqg.dcc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads an {@code HC1:} text as far as the CWT: prefix, Base45, zlib, COSE_Sign1, CBOR. Never
 * throws for bad input: a step fails with a reason. {@link DccVerifier} goes on from here.
 */
public final class DccDecoder {
    /** The context identifier of the hcert specification. */
    public static final String PREFIX = "HC1:";
    /** Longer than any QR holds (a version-40 QR: 4,296 alphanumeric characters). */
    public static final int MAX_TEXT_LENGTH = 4_500;

    private static final String HCERT = "-260";
    private static final String ISS = "1";
    private static final String EXP = "4";
    private static final String IAT = "6";

    private DccDecoder() {
    }

    /** The steps up to CBOR; signature, expiry, schema and key usage are {@code NOT_RUN}. */
    public static DccResult decode(String text) {
        Decoded decoded = read(text);
        return decoded.run().result(decoded.certificate(), null);
    }

    /** What the decoding steps produced: the run, and the message and certificate when they got that far. */
    record Decoded(StepRun run, Cose.Sign1 message, DccCertificate certificate, JsonNode payload) {
    }

    static Decoded read(String text) {
        StepRun run = new StepRun();
        if (text == null || text.isEmpty()) {
            run.fail(Step.PREFIX, "the text is empty");
            return new Decoded(run, null, null, null);
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            run.fail(Step.PREFIX, "the text is " + text.length() + " characters, more than a QR holds (" + MAX_TEXT_LENGTH + ")");
            return new Decoded(run, null, null, null);
        }
        if (!text.startsWith(PREFIX)) {
            run.fail(Step.PREFIX, "the text does not start with " + PREFIX);
            return new Decoded(run, null, null, null);
        }
        run.pass(Step.PREFIX);
        byte[] bytes;
        try {
            bytes = Base45.decode(text.substring(PREFIX.length()));
            run.pass(Step.BASE45);
        } catch (IllegalArgumentException e) {
            run.fail(Step.BASE45, e.getMessage());
            return new Decoded(run, null, null, null);
        }
        byte[] cose;
        if (Zlib.looksCompressed(bytes)) {
            try {
                cose = Zlib.inflate(bytes);
            } catch (IllegalArgumentException e) {
                run.fail(Step.ZLIB, e.getMessage());
                return new Decoded(run, null, null, null);
            }
        } else if (bytes.length > 0 && ((bytes[0] & 0xFF) == 0xD2 || (bytes[0] & 0xFF) == 0x84 || (bytes[0] & 0xFF) == 0xD8)) {
            cose = bytes; // compression is recommended, not required: an uncompressed COSE message is read as is
        } else {
            run.fail(Step.ZLIB, "the bytes are neither a zlib stream nor a COSE message");
            return new Decoded(run, null, null, null);
        }
        run.pass(Step.ZLIB);
        Cose.Sign1 message;
        try {
            message = Cose.parse(cose);
            run.pass(Step.COSE);
        } catch (IllegalArgumentException e) {
            run.fail(Step.COSE, e.getMessage());
            return new Decoded(run, null, null, null);
        }
        return cwt(run, message);
    }

    private static Decoded cwt(StepRun run, Cose.Sign1 message) {
        JsonNode claims;
        try {
            claims = Cbor.read(message.payload());
        } catch (IOException e) {
            run.fail(Step.CBOR, "the COSE payload is not well-formed CBOR: " + Reasons.of(e));
            return new Decoded(run, message, null, null);
        }
        if (!claims.isObject()) {
            run.fail(Step.CBOR, "the COSE payload is not a CWT claims map");
            return new Decoded(run, message, null, null);
        }
        JsonNode payload = claims.path(HCERT).path("1");
        if (!payload.isObject()) {
            run.fail(Step.CBOR, "the CWT has no hcert claim (-260) holding an EU DCC (1)");
            return new Decoded(run, message, null, null);
        }
        JsonNode iat = claims.get(IAT);
        JsonNode exp = claims.get(EXP);
        if (iat == null || !iat.isNumber() || exp == null || !exp.isNumber()) {
            run.fail(Step.CBOR, "the CWT lacks a numeric iat (6) or exp (4) claim");
            return new Decoded(run, message, null, null);
        }
        if (!isTime(iat) || !isTime(exp)) {
            run.fail(Step.CBOR, "the CWT's iat (6) or exp (4) is not a time in seconds since 1970");
            return new Decoded(run, message, null, null);
        }
        JsonNode iss = claims.get(ISS);
        CwtClaims cwt = new CwtClaims(iss != null && iss.isTextual() ? iss.textValue() : null,
                Instant.ofEpochSecond(iat.longValue()), Instant.ofEpochSecond(exp.longValue()));
        String json;
        try {
            json = Cbor.JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            run.fail(Step.CBOR, "the hcert payload cannot be shown as JSON: " + Reasons.of(e));
            return new Decoded(run, message, null, null);
        }
        run.pass(Step.CBOR);
        DccCertificate certificate = new DccCertificate(message.header(), cwt, typeOf(payload), json, message.signature());
        return new Decoded(run, message, certificate, payload);
    }

    /** A number of seconds an {@link Instant} holds (a float is tolerated: some issuers wrote them so). */
    private static boolean isTime(JsonNode node) {
        double seconds = node.doubleValue();
        return node.canConvertToLong() && seconds >= 0 && seconds < 253402300800d; // before year 10000
    }

    private static DccType typeOf(JsonNode payload) {
        for (DccType type : DccType.values()) {
            if (payload.has(type.groupKey())) {
                return type;
            }
        }
        return null;
    }
}
