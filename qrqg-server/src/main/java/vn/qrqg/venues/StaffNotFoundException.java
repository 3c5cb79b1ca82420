package vn.qrqg.venues;

import java.util.UUID;
import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** The venue has no staff member with this id. */
public class StaffNotFoundException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final UUID staffId;

    public StaffNotFoundException(UUID staffId) {
        super(ProblemType.STAFF_NOT_FOUND, "The venue has no staff member " + staffId + ".",
                "the venue has no staff member " + staffId);
        this.staffId = staffId;
        property("staffId", staffId);
    }

    public UUID staffId() {
        return staffId;
    }
}
