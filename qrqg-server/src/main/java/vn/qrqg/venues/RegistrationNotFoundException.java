package vn.qrqg.venues;

import java.util.UUID;
import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** No registration has this id (or it is older than a day and was deleted). */
public class RegistrationNotFoundException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final UUID registrationId;

    public RegistrationNotFoundException(UUID registrationId) {
        super(ProblemType.REGISTRATION_NOT_FOUND, "There is no venue registration " + registrationId
                + " (registrations are kept for a day).", "there is no venue registration " + registrationId);
        this.registrationId = registrationId;
    }

    public UUID registrationId() {
        return registrationId;
    }
}
