package vn.qrqg.issuance.citizens;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** A declarer proved themself, but the registry does not record them in the person's household. */
public final class NotInHouseholdException extends ProblemException {

    public NotInHouseholdException() {
        super(ProblemType.NOT_IN_HOUSEHOLD, "The population registry does not record the declarer (declaredBy) in this "
                + "person's household; only a member of their household may declare for them.",
                "the registry does not record the declarer in the person's household");
    }
}
