package vn.qrqg.dcc;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Verifies {@code HC1:} texts against the document signer certificates it trusts, at a clock:
 * the decoding steps of {@link DccDecoder}, then signature, expiry, schema and key usage. Never
 * throws for bad input; thread-safe.
 */
public final class DccVerifier {
    private final SignerCertificates signers;

    public DccVerifier(SignerCertificates signers) {
        this.signers = Objects.requireNonNull(signers, "signers");
    }

    /** Every step; {@link DccResult#valid()} only when all of them passed. */
    public DccResult verify(String text, Instant at) {
        Objects.requireNonNull(at, "at");
        DccDecoder.Decoded decoded = DccDecoder.read(text);
        StepRun run = decoded.run();
        DccCertificate certificate = decoded.certificate();
        if (run.failed()) {
            return run.result(certificate, null);
        }
        TrustedSigner signer = signature(run, decoded);
        if (signer == null) {
            return run.result(certificate, null);
        }
        X509Certificate dsc = signer.certificate();
        if (expiry(run, certificate.claims(), dsc, at)) {
            String violation = HcertSchema.check(decoded.payload());
            if (violation != null) {
                run.fail(Step.SCHEMA, violation);
            } else {
                run.pass(Step.SCHEMA);
                String refusal = KeyUsage.check(dsc, certificate.type());
                if (refusal != null) {
                    run.fail(Step.KEY_USAGE, refusal);
                } else {
                    run.pass(Step.KEY_USAGE);
                }
            }
        }
        return run.result(certificate, dsc);
    }

    /** The trusted signer whose key verifies the message, or null with the step failed. */
    private TrustedSigner signature(StepRun run, DccDecoder.Decoded decoded) {
        Cose.Sign1 message = decoded.message();
        CoseHeader header = message.header();
        List<TrustedSigner> candidates = signers.forKid(header.kid());
        if (candidates.isEmpty()) {
            run.fail(Step.SIGNATURE, "unknown signer: no trusted document signer certificate has key id " + header.kidBase64());
            return null;
        }
        byte[] toBeSigned = Cose.toBeSigned(message.protectedBytes(), message.payload());
        String why = null;
        for (TrustedSigner candidate : candidates) {
            why = Signatures.verify(header.algorithm(), candidate, toBeSigned, message.signature());
            if (why == null) {
                run.pass(Step.SIGNATURE);
                return candidate;
            }
        }
        run.fail(Step.SIGNATURE, "the " + header.algorithm() + " signature by key id " + header.kidBase64() + ": " + why);
        return null;
    }

    private static boolean expiry(StepRun run, CwtClaims claims, X509Certificate signer, Instant at) {
        if (at.isBefore(claims.issuedAt())) {
            return run.fail(Step.EXPIRY, "issued at " + claims.issuedAt() + ", after the validation clock " + at);
        }
        if (!at.isBefore(claims.expiresAt())) {
            return run.fail(Step.EXPIRY, "expired at " + claims.expiresAt() + " (validation clock " + at + ")");
        }
        if (at.isBefore(signer.getNotBefore().toInstant()) || at.isAfter(signer.getNotAfter().toInstant())) {
            return run.fail(Step.EXPIRY, "the signer certificate is valid from " + signer.getNotBefore().toInstant()
                    + " to " + signer.getNotAfter().toInstant() + ", not at the validation clock " + at);
        }
        run.pass(Step.EXPIRY);
        return true;
    }
}
