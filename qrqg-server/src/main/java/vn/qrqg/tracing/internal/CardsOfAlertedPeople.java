package vn.qrqg.tracing.internal;

import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.health.CovidCardChanges;
import vn.qrqg.tracing.AlertIssued;
import vn.qrqg.tracing.AlertWithdrawn;

/**
 * Tells health whose exposures changed when an alert is issued or withdrawn with its case, so that
 * a card under rules with an {@code EXPOSED} condition changes colour at once (CardChanged). Health
 * cannot ask: tracing depends on it. Only the person's names leave tracing, to health, which finds
 * their card; delivered again, it evaluates the card again and changes nothing.
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
    void on(AlertIssued issued) {
        changed(issued.alertId());
    }

    @ApplicationModuleListener
    void on(AlertWithdrawn withdrawn) {
        changed(withdrawn.alertId());
    }

    private void changed(UUID alertId) {
        alerts.personOf(alertId).ifPresent(sealed -> {
            TracingKeys.TracedPerson person = keys.openContact(sealed.caseId(), sealed.personSealed());
            cards.exposuresChanged(person.documentNumber(), person.qid() == null ? null : new Qid(person.qid()));
        });
    }
}
