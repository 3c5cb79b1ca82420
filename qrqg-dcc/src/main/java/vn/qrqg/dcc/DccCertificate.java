package vn.qrqg.dcc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A decoded certificate: the COSE headers, the CWT claims, its type and the hcert payload (the
 * JSON of the EU DCC schema, e.g. {@code {"ver":"1.3.0","nam":{…},"dob":"…","v":[{…}]}}).
 *
 * @param type null when the payload holds none of {@code v}, {@code t}, {@code r} (the schema step then fails)
 * @param signature the COSE signature's bytes as the message carries them (ES256: r ‖ s; PS256: the RSA
 *        signature); what the revocation list's SIGNATURE hash is computed from ({@link RevocationHashes})
 */
public record DccCertificate(CoseHeader header, CwtClaims claims, DccType type, String payloadJson, byte[] signature) {

    public DccCertificate {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(payloadJson, "payloadJson");
        signature = Objects.requireNonNull(signature, "signature").clone();
    }

    /** A copy of the signature's bytes. */
    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The certificate's identifier, its entry's {@code ci} (the UVCI), or null when it has none. */
    public String uvci() {
        JsonNode ci = entry().path("ci");
        return ci.isTextual() ? ci.textValue() : null;
    }

    /** A fresh tree of the payload (the caller may change it). */
    public JsonNode payload() {
        try {
            return Cbor.JSON.readTree(payloadJson);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e); // written by this library from a tree: cannot happen
        }
    }

    /** The certificate's entry (the one element of {@code v}, {@code t} or {@code r}), or a missing node. */
    public JsonNode entry() {
        return type == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
                : payload().path(type.groupKey()).path(0);
    }
}
