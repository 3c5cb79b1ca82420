package vn.qrqg.passports;

import vn.qrqg.platform.web.ProblemType;
import vn.qrqg.platform.web.ProblemException;

/** A passport was asked for a person the national vaccination system reported no dose of: nothing to certify. */
public final class NoVaccinationRecordException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public NoVaccinationRecordException() {
        super(ProblemType.NO_VACCINATION_RECORD, "The platform holds no vaccination of this person: a vaccine passport "
                + "certifies a dose the national vaccination system reported.", "no vaccination to certify");
    }

    /** The last dose names no vaccination site, which must check it first. */
    public NoVaccinationRecordException(java.time.LocalDate lastDose) {
        super(ProblemType.NO_VACCINATION_RECORD, "The last dose (" + lastDose + ") names no vaccination site, which "
                + "would check it: ask the site where it was given to complete the record.",
                "the last dose names no vaccination site");
    }
}
