package vn.qrqg.issuance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Issuance settings ({@code qrqg.issuance}). The signing keys are sealed at rest by the
 * platform's {@link vn.qrqg.platform.secrets.KeySealer} ({@code qrqg.key-encryption-key}).
 *
 * @param activeKeyCheckInterval how long an instance signs with the key it has before it checks
 *        whether another instance rotated or revoked it, should that change's notification be lost
 * @param proof how a person is proven before their QR is issued
 * @param holderRevocationsPerDay how many times in 24 hours a person's QR may be revoked from their
 *        own app (a lost phone); past it the holder is refused with 429 and an operator may still
 */
@ConfigurationProperties("qrqg.issuance")
public record IssuanceProperties(@DefaultValue("30s") Duration activeKeyCheckInterval, @DefaultValue Proof proof,
        @DefaultValue("3") int holderRevocationsPerDay) {

    public IssuanceProperties {
        if (holderRevocationsPerDay < 1) {
            throw new IllegalArgumentException("qrqg.issuance.holder-revocations-per-day is at least 1");
        }
    }

    /**
     * Limits of the proof of the person (docs/api.md, "Proving the person"). Every count is over
     * the last {@code window}.
     *
     * @param codeValidity how long a code sent to the registry's phone may be typed
     * @param maxCodeAttempts wrong codes a challenge allows before it is void
     * @param codesPerDocument codes sent for one document number (so that nobody floods a phone)
     * @param failedPerDocument declarations of one document number that did not match the registry
     * @param failedPerApp the same, made by one app, whoever for
     * @param failedPerAccount the same, made by one account of the portal (a signed-in phone)
     * @param inPersonPerCredential issuances in person by one official's credential
     */
    public record Proof(@DefaultValue("1h") Duration window, @DefaultValue("5m") Duration codeValidity,
            @DefaultValue("5") int maxCodeAttempts, @DefaultValue("5") int codesPerDocument,
            @DefaultValue("5") int failedPerDocument, @DefaultValue("1000") int failedPerApp,
            @DefaultValue("20") int failedPerAccount, @DefaultValue("200") int inPersonPerCredential) {

        public Proof {
            if (window.isNegative() || window.isZero() || codeValidity.isNegative() || codeValidity.isZero()) {
                throw new IllegalArgumentException("qrqg.issuance.proof: window and code-validity must be positive");
            }
            if (maxCodeAttempts < 1 || codesPerDocument < 1 || failedPerDocument < 1 || failedPerApp < 1
                    || failedPerAccount < 1 || inPersonPerCredential < 1) {
                throw new IllegalArgumentException("qrqg.issuance.proof: every limit is at least 1");
            }
        }
    }
}
