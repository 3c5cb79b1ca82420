package vn.qrqg.tracing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.tracing.AlertIssued;
import vn.qrqg.tracing.CaseConfirmed;
import vn.qrqg.tracing.ExposureLevel;
import vn.qrqg.tracing.ExposureReason;
import vn.qrqg.tracing.TracingProperties;

/**
 * Traces a confirmed case (docs/tracing.md): its visits in the infectious window against every
 * other visit at those venues, within the margins, and its journeys against every other journey
 * on those vehicles, are F1; each F1's own visits and journeys in the days after their exposure,
 * matched the same way, are F2 (no third level). Where and when the case and its F1s put others
 * at risk is kept ({@code tracing_site}), so that a check-in uploaded late there is matched too. Runs after the report committed,
 * in a transaction of its own, off the reporter's thread; a failure leaves the event in the outbox
 * for the next delivery, and tracing again writes only the alerts it did not write before. Logs
 * counts only: who was where is health data.
 */
@Component
class ContactTracing {
    private static final Logger LOG = LoggerFactory.getLogger(ContactTracing.class);

    private final CaseRepository cases;
    private final AlertRepository alerts;
    private final TracingKeys keys;
    private final Whereabouts whereabouts;
    private final SiteRepository sites;
    private final ContactPeople people;
    private final TracingProperties properties;
    private final TransactionTemplate ownTransaction;
    private final EventOutbox events;
    /** At a venue, the margins around the source's visit; in a vehicle, the journeys themselves. */
    private final Map<ExposureReason, Exposures.Margins> margins;
    private final Semaphore turns;

    ContactTracing(CaseRepository cases, AlertRepository alerts, TracingKeys keys, Whereabouts whereabouts,
            SiteRepository sites, ContactPeople people, TracingProperties properties, EventOutbox events,
            PlatformTransactionManager transactionManager) {
        this.people = people;
        this.cases = cases;
        this.alerts = alerts;
        this.keys = keys;
        this.whereabouts = whereabouts;
        this.sites = sites;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.events = events;
        this.turns = new Semaphore(properties.concurrency(), true);
        this.margins = Map.of(ExposureReason.VENUE, new Exposures.Margins(properties.marginBefore(), properties.marginAfter()),
                ExposureReason.TRAVEL, new Exposures.Margins(Duration.ZERO, Duration.ZERO));
    }

    /**
     * After the report committed, off its thread; the event stays in the outbox until the case is
     * traced. Not an {@code @ApplicationModuleListener}: that opens its transaction, and takes a
     * database connection, before it could wait for its turn.
     */
    @Async
    @TransactionalEventListener
    void on(CaseConfirmed event) {
        retrace(event.caseId());
    }

    /**
     * {@link #trace}, in a transaction of its own, once its turn comes: at most
     * {@code qrqg.tracing.concurrency} cases at once, whatever asks (a report, a late upload, the
     * follow-ups). The others wait here, holding no connection: a report of 1,000 cases queues
     * 1,000 traces, and the API keeps the connections it needs.
     */
    int retrace(UUID caseId) {
        turns.acquireUninterruptibly();
        try {
            Integer written = ownTransaction.execute(status -> trace(caseId));
            return written == null ? 0 : written;
        } finally {
            turns.release();
        }
    }

    /**
     * Traces the case now, its row locked (a withdrawal waits for it, and then withdraws what it
     * wrote); nothing for a case withdrawn or past its retention. Called in a transaction.
     *
     * @return the alerts written now
     */
    int trace(UUID caseId) {
        CaseRepository.StoredCase stored = cases.lock(caseId).orElse(null);
        if (stored == null || stored.withdrawnAt() != null) {
            return 0;
        }
        Instant now = Instant.now();
        TracingKeys.TracedPerson person = keys.open(caseId, stored.personSealed());
        Set<String> excluded = new HashSet<>(person.names());
        List<Exposures.Risk> ofCase = Exposures.risks(whereabouts.of(person.names(), stored.infectiousFrom(),
                stored.confirmedAt()), stored.infectiousFrom(), stored.confirmedAt(), margins, null);
        List<Exposures.Contact> firstLevel = Exposures.near(ofCase, properties.rounding(), excluded, whereabouts);
        firstLevel.forEach(contact -> excluded.add(contact.person()));
        List<Exposures.Risk> ofFirstLevel = new ArrayList<>();
        Map<String, List<Exposures.Visit>> afterExposure = laterVisits(firstLevel, now);
        for (Exposures.Contact contact : firstLevel) {
            Instant until = min(contact.from().plus(properties.secondLevelFor()), now);
            ofFirstLevel.addAll(Exposures.risks(afterExposure.getOrDefault(contact.person(), List.of()),
                    contact.from(), until, margins, contact.from()));
        }
        List<Exposures.Contact> secondLevel = Exposures.near(ofFirstLevel, properties.rounding(), excluded, whereabouts);
        sites.replace(caseId, ofCase, ofFirstLevel);
        Map<String, ContactPeople.Found> found = people.provincesOf(Stream.concat(firstLevel.stream(), secondLevel.stream())
                .map(Exposures.Contact::person).distinct().toList());
        List<AlertRepository.NewAlert> toWrite = new ArrayList<>();
        firstLevel.forEach(contact -> toWrite.add(alert(caseId, contact, ExposureLevel.F1, found.get(contact.person()))));
        secondLevel.forEach(contact -> toWrite.add(alert(caseId, contact, ExposureLevel.F2, found.get(contact.person()))));
        List<AlertRepository.Issued> issued = alerts.insertNew(caseId, toWrite, now);
        cases.markTraced(caseId, Instant.now()); // when its alerts were out: the tracers' measure of it
        issued.forEach(alert -> events.publish(new AlertIssued(alert.alertId(), caseId, alert.level(), now)));
        LOG.info("Case {} traced: {} F1 and {} F2 contacts, {} alerts new", caseId, firstLevel.size(),
                toWrite.size() - firstLevel.size(), issued.size());
        return issued.size();
    }

    /**
     * The F1s' visits and journeys from the earliest of their exposures on, by person, in one read
     * for them all rather than one each: a case at busy venues has hundreds of F1s. Each F1's own
     * window is cut from these by {@link Exposures#risks}.
     */
    private Map<String, List<Exposures.Visit>> laterVisits(List<Exposures.Contact> firstLevel, Instant now) {
        Instant earliest = firstLevel.stream().map(Exposures.Contact::from).min(Instant::compareTo).orElse(now);
        Instant latest = firstLevel.stream().map(contact -> min(contact.from().plus(properties.secondLevelFor()), now))
                .max(Instant::compareTo).orElse(now);
        if (!earliest.isBefore(latest)) {
            return Map.of();
        }
        List<String> people = firstLevel.stream().map(Exposures.Contact::person).distinct().toList();
        Map<String, List<Exposures.Visit>> byPerson = new HashMap<>();
        whereabouts.of(people, earliest, latest)
                .forEach(visit -> byPerson.computeIfAbsent(visit.person(), person -> new ArrayList<>()).add(visit));
        return byPerson;
    }

    private AlertRepository.NewAlert alert(UUID caseId, Exposures.Contact contact, ExposureLevel level,
            ContactPeople.Found found) {
        boolean venue = contact.site().reason() == ExposureReason.VENUE;
        return new AlertRepository.NewAlert(keys.personKey(contact.person()), keys.sealContact(caseId, found.person()),
                found.provinceCode(), level, contact.site().reason(),
                venue ? contact.site().key() : null, venue ? null : contact.label(), contact.from(), contact.to());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
