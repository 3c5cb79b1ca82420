package vn.qrqg.tracing.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.qrqg.health.PositiveTestRecorded;
import vn.qrqg.tracing.TracingProperties;

/**
 * A positive PCR test pushed by a health system makes a confirmed case by itself when
 * {@code qrqg.tracing.cases-from-positive-tests} is on (the default): traced at once, reported as
 * that system's (which may withdraw it), once per test however often the event is delivered.
 */
@Component
class CasesFromTests {
    private final CaseReports reports;
    private final boolean enabled;

    CasesFromTests(CaseReports reports, TracingProperties properties) {
        this.reports = reports;
        this.enabled = properties.casesFromPositiveTests();
    }

    @ApplicationModuleListener
    void on(PositiveTestRecorded test) {
        if (enabled) {
            reports.fromPositiveTest(test);
        }
    }
}
