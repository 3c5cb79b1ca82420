package vn.qrqg.clients;

import java.util.UUID;

/** No app has this id. */
public class AppNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final UUID appId;

    public AppNotFoundException(UUID appId) {
        super("there is no app with id " + appId);
        this.appId = appId;
    }

    public UUID appId() {
        return appId;
    }
}
