package vn.qrqg.health.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.health.CardRulesChanged;
import vn.qrqg.health.HealthProperties;
import vn.qrqg.issuance.QrIssued;

/**
 * What starts watching a card, and what makes a province's cards due: a QR issued (its app got a
 * holder token with it), and an upload of the province's rules.
 */
@Component
class CardStateListeners {
    /** States marked due per transaction: a province can have millions. */
    static final int AT_ONCE = 10_000;

    private final CardStates states;
    private final CardStateRepository repository;
    private final TransactionTemplate eachBatch;
    private final Clock clock;
    private final HealthProperties properties;

    CardStateListeners(CardStates states, CardStateRepository repository, PlatformTransactionManager transactions,
            Clock clock, HealthProperties properties) {
        this.states = states;
        this.repository = repository;
        this.eachBatch = new TransactionTemplate(transactions);
        this.eachBatch.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(QrIssued issued) {
        states.start(issued.qid());
    }

    /**
     * Every card under the province's rules is due once every instance has read the new version
     * (within its cache's time to live): evaluated then, it changes colour at once, or says until
     * when it holds if the version takes effect later ({@code validUntil}), and is due again then.
     * Page by page, each in a transaction of its own, so that no person's state stays locked long.
     */
    @ApplicationModuleListener
    void on(CardRulesChanged changed) {
        // to the second, as cards are evaluated (CardStates)
        Instant due = clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(properties.rulesCacheTimeToLive()).plusSeconds(1);
        for (List<String> page = repository.ofProvince(changed.provinceCode(), null, AT_ONCE); !page.isEmpty();
                page = repository.ofProvince(changed.provinceCode(), page.getLast(), AT_ONCE)) {
            List<String> qids = page;
            eachBatch.executeWithoutResult(status -> repository.dueBy(qids, due));
        }
    }
}
