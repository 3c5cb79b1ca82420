package vn.qrqg.issuance;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** No signing key has this kid. */
public class SigningKeyNotFoundException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final String kid;

    public SigningKeyNotFoundException(String kid) {
        super(ProblemType.SIGNING_KEY_NOT_FOUND, "There is no signing key with kid \"" + kid + "\".",
                "there is no signing key with kid \"" + kid + "\"");
        this.kid = kid;
        property("kid", kid);
    }

    public String kid() {
        return kid;
    }
}
