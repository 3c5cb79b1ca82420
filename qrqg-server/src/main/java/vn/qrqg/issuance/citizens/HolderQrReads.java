package vn.qrqg.issuance.citizens;

import org.springframework.stereotype.Service;
import vn.qrqg.holders.Holder;

/**
 * A person's own QR, read by the app that holds their holder token ({@code /api/v1/citizens/me},
 * the QR images). Every such read of a person's data passes through {@link #current}, the one
 * place to record it.
 */
@Service
public class HolderQrReads {
    private final CitizenQrIssuance issuance;

    HolderQrReads(CitizenQrIssuance issuance) {
        this.issuance = issuance;
    }

    /** The holder's current QR, signed again first if its key was revoked; no holder token in it. */
    public IssuedCitizenQr current(Holder holder) {
        return issuance.currentOf(holder.qid());
    }
}
