package vn.qrqg.passports;

import java.time.Instant;
import vn.qrqg.dcc.DccResult;
import vn.qrqg.dcc.Step;
import vn.qrqg.dcc.StepOutcome;

/**
 * A scanned EU DCC, verified by the platform ({@link DccVerification}).
 *
 * @param result the nine steps of {@code qrqg-dcc}
 * @param at the platform's clock it was verified at
 * @param revokedAt when its issuer revoked it; {@code null} when it was not, or its signature did not verify
 * @param trust which trust list vouched for its signer; {@code null} when none did
 */
public record DccVerified(DccResult result, Instant at, Instant revokedAt, Trust trust) {

    /** Where a signer's certificate came from: the platform's own signers, or the imported foreign list. */
    public enum Source {
        OWN, FOREIGN
    }

    /** The trust list that vouched, and the country it lists the signer under (the platform's own: {@code VN}). */
    public record Trust(Source source, String country) {
    }

    /** Every step passed and it is not revoked. */
    public boolean valid() {
        return result.valid() && revokedAt == null;
    }

    /** Its signature verified: what it says is what its issuer signed, whatever else failed. */
    public boolean authentic() {
        return result.outcome(Step.SIGNATURE) == StepOutcome.PASSED;
    }
}
