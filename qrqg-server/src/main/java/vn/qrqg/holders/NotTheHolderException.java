package vn.qrqg.holders;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** The holder token is valid, but for another person than the one the request names. */
public final class NotTheHolderException extends ProblemException {

    public NotTheHolderException() {
        super(ProblemType.NOT_THE_HOLDER, "The holder token does not act for the person this path names; an app reads "
                + "only the data of the people whose tokens it holds.", "the holder token is not the named person's");
    }
}
