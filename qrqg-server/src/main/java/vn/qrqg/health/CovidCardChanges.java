package vn.qrqg.health;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.health.internal.CardStates;
import vn.qrqg.issuance.citizens.IssuedQrs;

/**
 * What other capabilities tell health of a change to a person's card that health cannot see: their
 * exposures (tracing issued or withdrew an alert; tracing depends on health, never the other
 * way). The card is evaluated again at once and {@link CardChanged} published if its colour changed.
 */
@Service
public class CovidCardChanges {
    private final CardStates states;
    private final IssuedQrs issuedQrs;

    CovidCardChanges(CardStates states, IssuedQrs issuedQrs) {
        this.states = states;
        this.issuedQrs = issuedQrs;
    }

    /**
     * The person's exposures changed. Check-ins, and so alerts, name a person by QID or by document
     * number: either may be {@code null}, not both.
     */
    public void exposuresChanged(String documentNumber, Qid qid) {
        Qid holds = qid;
        if (holds == null && documentNumber != null) {
            IssuedQrs.Holder holder = issuedQrs.findHoldersByDocumentNumbers(List.of(documentNumber)).get(documentNumber);
            holds = holder == null ? null : holder.qid();
        }
        if (holds != null) {
            states.reevaluate(List.of(holds));
        }
    }
}
