package vn.qrqg.clients;

import java.util.UUID;

/** A revoked app stays revoked: its status no longer changes. Register it anew instead. */
public class AppRevokedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final UUID appId;

    public AppRevokedException(UUID appId) {
        super("app " + appId + " is revoked, for good; register it anew");
        this.appId = appId;
    }

    public UUID appId() {
        return appId;
    }
}
