package vn.qrqg.health;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** A pushed record's sourceId already names a record with other content or of another person. */
public class HealthRecordConflictException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public HealthRecordConflictException() {
        super(ProblemType.HEALTH_RECORD_CONFLICT, "A record with this sourceId exists with other content or of another "
                + "person; a correction needs a new sourceId.",
                "the sourceId already names a record with other content or of another person");
        property("field", "sourceId");
    }
}
