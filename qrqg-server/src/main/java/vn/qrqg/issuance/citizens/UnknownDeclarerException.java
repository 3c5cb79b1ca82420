package vn.qrqg.issuance.citizens;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** The {@code declaredBy} QID is well formed but nobody holds it: a declarer must hold a QID. */
public final class UnknownDeclarerException extends ProblemException {

    public UnknownDeclarerException() {
        super(ProblemType.UNKNOWN_DECLARER, "No citizen holds the declaredBy QID: a declarer must hold a QID.",
                "declaredBy: no citizen holds this QID");
        property("field", "declaredBy");
    }
}
