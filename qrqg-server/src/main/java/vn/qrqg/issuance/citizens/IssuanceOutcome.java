package vn.qrqg.issuance.citizens;

/** What a request for a QR gives: the QR at once, or a code sent to the person's phone first. */
public sealed interface IssuanceOutcome {

    /** The person was proven: their QR, with a holder token for the requesting app unless it had one. */
    record Issued(IssuedCitizenQr qr) implements IssuanceOutcome {
    }

    /** A code went to the registry's phone; the QR comes when it is typed. */
    record CodeSent(IssuanceChallenge challenge) implements IssuanceOutcome {
    }
}
