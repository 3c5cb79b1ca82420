package vn.qrqg.health;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.health.internal.CardEvaluator;
import vn.qrqg.health.internal.CardStates;
import vn.qrqg.issuance.citizens.IssuedQrs;

/**
 * What other capabilities tell health of a change to people's cards that health cannot see: their
 * exposures (tracing issued or withdrew alerts; tracing depends on health, never the other
 * way). The cards are evaluated again at once and {@link CardChanged} published where a colour changed.
 */
@Service
public class CovidCardChanges {
    private final CardStates states;
    private final IssuedQrs issuedQrs;
    private final CardEvaluator evaluator;

    CovidCardChanges(CardStates states, IssuedQrs issuedQrs, CardEvaluator evaluator) {
        this.states = states;
        this.issuedQrs = issuedQrs;
        this.evaluator = evaluator;
    }

    /**
     * Whether exposures can change a card at all: some card rules (the national default's, or a
     * version of a province's, past, in force or to come) have an {@code EXPOSED} condition. When
     * none has, a caller need not find whose exposures changed: the national default has none.
     */
    public boolean exposuresCanChangeCards() {
        return evaluator.anyRulesAskExposures();
    }

    /**
     * These people's exposures changed. Check-ins, and so alerts, name a person by QID or by
     * document number: a person named by document number alone is found by their QID, if any.
     */
    public void exposuresChanged(Collection<String> documentNumbers, Collection<Qid> qids) {
        if (!exposuresCanChangeCards()) {
            return;
        }
        Set<Qid> holders = new LinkedHashSet<>(qids);
        if (!documentNumbers.isEmpty()) {
            issuedQrs.findHoldersByDocumentNumbers(List.copyOf(new LinkedHashSet<>(documentNumbers))).values()
                    .forEach(holder -> holders.add(holder.qid()));
        }
        if (!holders.isEmpty()) {
            states.reevaluate(holders);
        }
    }
}
