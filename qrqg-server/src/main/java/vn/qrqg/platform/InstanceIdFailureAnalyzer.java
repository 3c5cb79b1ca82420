package vn.qrqg.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A malformed {@code QRQG_INSTANCE_ID} as the start's one clear message; no stack trace. */
public final class InstanceIdFailureAnalyzer extends AbstractFailureAnalyzer<InstanceId.MalformedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InstanceId.MalformedException cause) {
        return new FailureAnalysis(cause.getMessage(), "Set QRQG_INSTANCE_ID to e.g. web-1, or leave it unset: "
                + "the host's name and the process id.", cause);
    }
}
