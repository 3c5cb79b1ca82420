package vn.qrqg.dcc;

import java.security.cert.X509Certificate;
import java.util.EnumMap;

/** The steps of one decode or verification as they run: each passes, or one fails with its reason. */
final class StepRun {
    private final EnumMap<Step, StepOutcome> steps = new EnumMap<>(Step.class);
    private Step failed;
    private String reason;

    StepRun() {
        for (Step step : Step.values()) {
            steps.put(step, StepOutcome.NOT_RUN);
        }
    }

    void pass(Step step) {
        steps.put(step, StepOutcome.PASSED);
    }

    /** Records the failure; returns false so that a step can {@code return run.fail(…)}. */
    boolean fail(Step step, String why) {
        steps.put(step, StepOutcome.FAILED);
        failed = step;
        reason = why;
        return false;
    }

    boolean failed() {
        return failed != null;
    }

    DccResult result(DccCertificate certificate, X509Certificate signer) {
        return new DccResult(steps, failed, reason, certificate, signer);
    }
}
