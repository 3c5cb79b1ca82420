package vn.qrqg.venues;

import java.util.UUID;

/** The venue has no staff member with this id. */
public class StaffNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final UUID staffId;

    public StaffNotFoundException(UUID staffId) {
        super("the venue has no staff member " + staffId);
        this.staffId = staffId;
    }

    public UUID staffId() {
        return staffId;
    }
}
