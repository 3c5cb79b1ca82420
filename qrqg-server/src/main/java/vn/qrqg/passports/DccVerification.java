package vn.qrqg.passports;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.qrqg.dcc.DccResult;
import vn.qrqg.dcc.DccVerifier;
import vn.qrqg.dcc.SignerCertificates;
import vn.qrqg.passports.internal.ForeignTrustList;

/**
 * Verifies a scanned {@code HC1:} text at the platform's clock against the platform's own document
 * signers ({@link DccSigners#published()}) and the foreign trust list the operator imported, then
 * asks {@link DccRevocations} whether its issuer revoked it. A signer in both lists counts as the
 * platform's own. The verifier is rebuilt only when either list changes. Thread-safe.
 */
@Service
public class DccVerification {
    /** The platform's country, under which its own signers vouch. */
    public static final String OWN_COUNTRY = "VN";

    private record Trusted(SignerCertificates own, ForeignTrustList.Held foreign, DccVerifier verifier,
            Set<X509Certificate> ownCertificates) {
    }

    private final DccSigners signers;
    private final DccRevocations revocations;
    private final ForeignTrustList foreign;
    private final Clock clock;
    private volatile Trusted trusted;

    DccVerification(DccSigners signers, DccRevocations revocations, ForeignTrustList foreign, Clock clock) {
        this.signers = signers;
        this.revocations = revocations;
        this.foreign = foreign;
        this.clock = clock;
    }

    /** What the text is worth now. Never throws for what a QR holds. */
    public DccVerified verify(String text) {
        Instant at = clock.instant();
        Trusted now = trusted();
        DccResult result = now.verifier().verify(text, at);
        if (result.signer() == null) {
            return new DccVerified(result, at, null, null);
        }
        DccVerified.Trust trust = now.ownCertificates().contains(result.signer())
                ? new DccVerified.Trust(DccVerified.Source.OWN, OWN_COUNTRY)
                : new DccVerified.Trust(DccVerified.Source.FOREIGN, now.foreign().countries().get(result.signer()));
        Instant revokedAt = result.certificate() == null ? null
                : revocations.revokedAt(result.certificate()).orElse(null);
        return new DccVerified(result, at, revokedAt, trust);
    }

    private Trusted trusted() {
        SignerCertificates own = signers.published();
        ForeignTrustList.Held held = foreign.current();
        Trusted current = trusted;
        if (current != null && current.own() == own && current.foreign().version() == held.version()
                && current.foreign().signers() == held.signers()) {
            return current;
        }
        Trusted fresh = new Trusted(own, held, new DccVerifier(own.plus(held.signers())),
                new HashSet<>(own.certificates()));
        trusted = fresh;
        return fresh;
    }
}
