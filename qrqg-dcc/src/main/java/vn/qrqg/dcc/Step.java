package vn.qrqg.dcc;

/**
 * The steps of reading a certificate, in the order they run: a step after a failed one does not
 * run. {@link #jsonName()} is the name {@code bin/qrqg dcc verify --json} prints, a contract
 * other teams script against.
 */
public enum Step {
    /** The text starts with the context identifier {@code HC1:}. */
    PREFIX("prefix"),
    /** The rest is Base45 (RFC 9285). */
    BASE45("base45"),
    /** The bytes inflate (zlib, RFC 1950) within the size bound. */
    ZLIB("zlib"),
    /** The bytes are a COSE_Sign1 with a known algorithm and a key id. */
    COSE("cose"),
    /** The COSE payload is a CWT with the hcert claim, {@code iat} and {@code exp}. */
    CBOR("cbor"),
    /** A trusted document signer certificate with that key id verifies the signature. */
    SIGNATURE("signature"),
    /** The validation clock is within the certificate's {@code iat}..{@code exp} and the signer's validity. */
    EXPIRY("expiry"),
    /** The hcert payload conforms to the EU DCC JSON schema 1.3.0. */
    SCHEMA("schema"),
    /** The signer certificate's extended key usage allows the certificate's type. */
    KEY_USAGE("keyUsage");

    /** The steps {@link DccDecoder#decode} runs; the others need trust and a clock. */
    static final Step LAST_DECODE_STEP = CBOR;

    private final String jsonName;

    Step(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
