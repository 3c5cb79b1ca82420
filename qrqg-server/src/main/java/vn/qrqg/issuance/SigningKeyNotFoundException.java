package vn.qrqg.issuance;

/** No signing key has this kid. */
public class SigningKeyNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String kid;

    public SigningKeyNotFoundException(String kid) {
        super("there is no signing key with kid \"" + kid + "\"");
        this.kid = kid;
    }

    public String kid() {
        return kid;
    }
}
