package vn.qrqg.clients;

import java.util.UUID;
import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** A revoked app stays revoked: its status no longer changes. Register it anew instead. */
public class AppRevokedException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final UUID appId;

    public AppRevokedException(UUID appId) {
        super(ProblemType.APP_REVOKED, "App " + appId + " is revoked, for good: its status no longer changes. "
                + "Register it anew.", "app " + appId + " is revoked, for good; register it anew");
        this.appId = appId;
        property("appId", appId);
    }

    public UUID appId() {
        return appId;
    }
}
