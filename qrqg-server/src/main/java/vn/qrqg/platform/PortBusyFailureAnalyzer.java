package vn.qrqg.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A busy port as the start's one clear message: which port, and what to do; no stack trace. */
public final class PortBusyFailureAnalyzer extends AbstractFailureAnalyzer<PortCheck.PortBusyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PortCheck.PortBusyException cause) {
        return new FailureAnalysis(cause.getMessage(), "Stop the program on port " + cause.port()
                + " (is the platform running already?), or start on another port: bin/qrqg serve --port "
                + (cause.port() + 1) + " (or QRQG_PORT).", cause);
    }
}
