package vn.qrqg.venues;

import java.util.UUID;

/** No registration has this id (or it is older than a day and was deleted). */
public class RegistrationNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final UUID registrationId;

    public RegistrationNotFoundException(UUID registrationId) {
        super("there is no venue registration " + registrationId);
        this.registrationId = registrationId;
    }

    public UUID registrationId() {
        return registrationId;
    }
}
