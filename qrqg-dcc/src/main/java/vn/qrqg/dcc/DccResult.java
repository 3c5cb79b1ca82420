package vn.qrqg.dcc;

import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of decoding or verifying one text, step by step. At most one step failed (the ones
 * after it did not run); {@code reason} says why it failed, in one English sentence.
 *
 * @param steps       every {@link Step}, in order, with its outcome
 * @param failedStep  null when no step failed
 * @param reason      null when no step failed
 * @param certificate null when the text could not be decoded as far as the CWT
 * @param signer      the document signer certificate that verified the signature, null otherwise
 */
public record DccResult(Map<Step, StepOutcome> steps, Step failedStep, String reason, DccCertificate certificate,
                        X509Certificate signer) {

    public DccResult {
        steps = Collections.unmodifiableMap(new EnumMap<>(steps));
    }

    /** True only when every step passed: the certificate is authentic, current, well-formed and allowed. */
    public boolean valid() {
        return steps.values().stream().allMatch(outcome -> outcome == StepOutcome.PASSED);
    }

    /** True when every step that ran passed (a decode that read as far as it goes). */
    public boolean decoded() {
        return failedStep == null && certificate != null;
    }

    public StepOutcome outcome(Step step) {
        return steps.get(step);
    }

    public Optional<DccCertificate> certificateIfDecoded() {
        return Optional.ofNullable(certificate);
    }
}
