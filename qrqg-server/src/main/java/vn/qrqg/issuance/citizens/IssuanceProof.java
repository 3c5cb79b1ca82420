package vn.qrqg.issuance.citizens;

import java.util.Objects;
import vn.qrqg.holders.Holder;
import vn.qrqg.sms.PhoneNumber;

/**
 * What the requester of a QR shows besides the facts it declares (DOMAIN.md, "Issuing a personal
 * QR", step 5): knowing what is printed on a QR or a card is never enough.
 */
public sealed interface IssuanceProof {

    /** Nothing but the declaration: a code goes to the registry's phone, or the request is refused. */
    record None() implements IssuanceProof {
    }

    /**
     * A holder token ({@code X-Holder-Token}) of the calling app: either the person's own (the only
     * way to change what their QR records) or, with {@code declaredBy}, the declarer's.
     */
    record HolderToken(Holder holder) implements IssuanceProof {
        public HolderToken {
            Objects.requireNonNull(holder, "holder");
        }
    }

    /**
     * A first-party caller (the portal) proved possession of this phone with its own one-time code;
     * it proves the person when it is the phone the registry holds for them.
     */
    record VerifiedPhone(PhoneNumber phone) implements IssuanceProof {
        public VerifiedPhone {
            Objects.requireNonNull(phone, "phone");
        }
    }
}
