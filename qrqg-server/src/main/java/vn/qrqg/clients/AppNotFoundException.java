package vn.qrqg.clients;

import java.util.UUID;
import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** No app has this id. */
public class AppNotFoundException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final UUID appId;

    public AppNotFoundException(UUID appId) {
        super(ProblemType.APP_NOT_FOUND, "There is no app with id " + appId + ".", "there is no app with id " + appId);
        this.appId = appId;
        property("appId", appId);
    }

    public UUID appId() {
        return appId;
    }
}
