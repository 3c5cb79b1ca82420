package vn.qrqg.audit.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.qrqg.audit.AdminAction;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * Writes down every privileged action the capabilities report. After the reporting transaction
 * committed, in one of its own, off the caller's thread: an operator's request never waits for
 * it, and when it fails the event stays in the outbox and is delivered again (EventResubmission),
 * which writes nothing twice.
 */
@Component
class AdminActionRecorder {
    private final AdminActionRepository repository;

    AdminActionRecorder(AdminActionRepository repository) {
        this.repository = repository;
    }

    /** Only the privileged ones: a push of health records by a health system is not an operator's action. */
    @ApplicationModuleListener(condition = "#p0.privileged()")
    void on(PrivilegedAction event) {
        repository.insert(AdminAction.of(event));
    }
}
