package vn.qrqg.issuance.citizens;

/** The {@code declaredBy} QID is well formed but nobody holds it: a declarer must hold a QID. */
public final class UnknownDeclarerException extends RuntimeException {

    public UnknownDeclarerException() {
        super("declaredBy: no citizen holds this QID");
    }
}
