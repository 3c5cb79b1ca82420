package vn.qrqg.holders;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** A call that acts for a person came without the {@value HolderTokens#HEADER} header. */
public final class HolderTokenRequiredException extends ProblemException {

    public HolderTokenRequiredException() {
        super(ProblemType.HOLDER_TOKEN_REQUIRED, "This call acts for a person: send the holder token the app got when it "
                + "issued the person's QR, in the " + HolderTokens.HEADER + " header.",
                "this call acts for a person and needs the " + HolderTokens.HEADER + " header");
    }
}
