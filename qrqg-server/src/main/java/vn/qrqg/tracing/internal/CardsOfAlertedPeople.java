package vn.qrqg.tracing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.health.CovidCardChanges;

/**
 * Tells health whose exposures changed when a trace issued alerts or a case was withdrawn, so that
 * a card under rules with an {@code EXPOSED} condition changes colour at once (CardChanged). Health
 * cannot ask: tracing depends on it. Only the people's names leave tracing, to health, which finds
 * their cards; delivered again, it evaluates the cards again and changes nothing. Under rules
 * without {@code EXPOSED} (the national default) no card can change, and nothing is read.
 */
@Component
class CardsOfAlertedPeople {
    private final AlertRepository alerts;
    private final TracingKeys keys;
    private final CovidCardChanges cards;

    CardsOfAlertedPeople(AlertRepository alerts, TracingKeys keys, CovidCardChanges cards) {
        this.alerts = alerts;
        this.keys = keys;
        this.cards = cards;
    }

    @ApplicationModuleListener
    void on(ExposuresChanged changed) {
        if (!cards.exposuresCanChangeCards()) {
            return;
        }
        for (UUID caseId : changed.caseIds()) {
            List<String> documentNumbers = new ArrayList<>();
            List<Qid> qids = new ArrayList<>();
            for (AlertRepository.OfCase alert : alerts.ofCase(caseId, changed.issuedSince())) {
                if (alert.personSealed() == null) {
                    continue;
                }
                TracingKeys.TracedPerson person = keys.openContact(alert.sealedFor(), alert.personSealed());
                if (person.qid() != null) {
                    qids.add(new Qid(person.qid()));
                } else if (person.documentNumber() != null) {
                    documentNumbers.add(person.documentNumber());
                }
            }
            cards.exposuresChanged(documentNumbers, qids);
        }
    }
}
