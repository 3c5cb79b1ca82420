package vn.qrqg.tracing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.codec.personal.Qid;
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
    private final TracingTurns turns;

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
        this.turns = new TracingTurns(properties.concurrency(), properties.groupSize(),
                caseIds -> ownTransaction.execute(status -> trace(caseIds)));
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
     * Traces the case and returns once it is, whatever asks (a report, a late upload, the
     * follow-ups): in its turn ({@code qrqg.tracing.concurrency} at once), with every case waiting
     * then (up to {@code qrqg.tracing.group-size}), in a transaction of their own.
     *
     * @return the contacts listed now for this case
     */
    int retrace(UUID caseId) {
        return turns.trace(caseId);
    }

    /**
     * Traces these cases now, together, their rows locked (a withdrawal waits, and then withdraws
     * what they wrote); nothing for a case withdrawn or past its retention. Every step reads once
     * for all the cases: their visits, who was at their sites, their F1s' later visits, who was at
     * those. Called in a transaction.
     *
     * @return the contacts listed now, by case
     */
    Map<UUID, Integer> trace(List<UUID> caseIds) {
        Instant now = Instant.now();
        List<Trace> traces = cases.lock(caseIds).stream().filter(stored -> stored.withdrawnAt() == null)
                .map(stored -> new Trace(stored, keys.open(stored.caseId(), stored.personSealed()))).toList();
        if (traces.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Exposures.Visit>> ownVisits = byPerson(whereabouts.of(
                traces.stream().flatMap(trace -> trace.person.names().stream()).distinct().toList(),
                traces.stream().map(trace -> trace.stored.infectiousFrom()).min(Instant::compareTo).orElseThrow(),
                traces.stream().map(trace -> trace.stored.confirmedAt()).max(Instant::compareTo).orElseThrow()));
        for (Trace trace : traces) {
            trace.ofCase = Exposures.risks(trace.person.names().stream()
                            .flatMap(name -> ownVisits.getOrDefault(name, List.of()).stream()).toList(),
                    trace.stored.infectiousFrom(), trace.stored.confirmedAt(), margins, null);
        }
        Exposures.VisitsAt atCaseSites = Exposures.prefetched(
                traces.stream().flatMap(trace -> trace.ofCase.stream()).toList(), whereabouts);
        for (Trace trace : traces) {
            trace.firstLevel = Exposures.near(trace.ofCase, properties.rounding(), trace.excluded, atCaseSites);
            trace.firstLevel.forEach(contact -> trace.excluded.add(contact.person()));
        }
        Map<String, List<Exposures.Visit>> afterExposure = laterVisits(
                traces.stream().flatMap(trace -> trace.firstLevel.stream()).toList(), now);
        for (Trace trace : traces) {
            for (Exposures.Contact contact : trace.firstLevel) {
                Instant until = min(contact.from().plus(properties.secondLevelFor()), now);
                trace.ofFirstLevel.addAll(Exposures.risks(afterExposure.getOrDefault(contact.person(), List.of()),
                        contact.from(), until, margins, contact.from()));
            }
        }
        Exposures.VisitsAt atFirstLevelSites = Exposures.prefetched(
                traces.stream().flatMap(trace -> trace.ofFirstLevel.stream()).toList(), whereabouts);
        for (Trace trace : traces) {
            trace.secondLevel = Exposures.near(trace.ofFirstLevel, properties.rounding(), trace.excluded, atFirstLevelSites);
        }
        sites.replace(traces.stream()
                .map(trace -> new SiteRepository.CaseSites(trace.caseId(), trace.ofCase, trace.ofFirstLevel)).toList());
        return alert(traces, now);
    }

    /**
     * Writes the alerts the traces found and had not listed before, one for each exposure however
     * many of the cases found it, lists them in each case, and publishes them.
     *
     * @return the contacts listed now, by case
     */
    private Map<UUID, Integer> alert(List<Trace> traces, Instant now) {
        Set<AlertRepository.Key> known = alerts.keysOfCases(traces.stream()
                .filter(trace -> trace.stored.tracedAt() != null).map(Trace::caseId).toList());
        Map<String, byte[]> personKeys = new HashMap<>(); // an outbreak's contacts are many cases' contacts
        Map<AlertRepository.Exposure, Exposures.Contact> found = new LinkedHashMap<>();
        Map<AlertRepository.Exposure, List<UUID>> casesOf = new HashMap<>();
        Map<UUID, Integer> listed = new HashMap<>();
        for (Trace trace : traces) {
            for (ExposureLevel level : ExposureLevel.values()) {
                for (Exposures.Contact contact : level == ExposureLevel.F1 ? trace.firstLevel : trace.secondLevel) {
                    AlertRepository.Exposure exposure = exposure(contact, level,
                            personKeys.computeIfAbsent(contact.person(), keys::personKey));
                    if (!known.contains(key(trace.caseId(), exposure))) {
                        found.putIfAbsent(exposure, contact);
                        casesOf.computeIfAbsent(exposure, e -> new ArrayList<>(1)).add(trace.caseId());
                        listed.merge(trace.caseId(), 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, ContactPeople.Found> people = this.people.provincesOf(found.values().stream()
                .map(Exposures.Contact::person).distinct().toList());
        List<AlertRepository.NewAlert> toWrite = new ArrayList<>(found.size());
        found.forEach((exposure, contact) -> {
            ContactPeople.Found who = people.get(contact.person());
            List<UUID> caseIds = casesOf.get(exposure);
            toWrite.add(new AlertRepository.NewAlert(exposure, caseIds, personKeys.get(contact.person()),
                    keys.sealContact(caseIds.getFirst(), who.person()), who.provinceCode(), who.person().qid()));
        });
        List<AlertRepository.Issued> issued = alerts.insert(toWrite, now);
        cases.markTraced(traces.stream().map(Trace::caseId).toList(), Instant.now()); // when their alerts were out
        for (AlertRepository.Issued alert : issued) {
            events.publish(new AlertIssued(alert.alertId(), alert.caseId(), alert.level(), now,
                    alert.qid() == null ? null : new Qid(alert.qid())));
        }
        if (!listed.isEmpty()) {
            events.publish(new ExposuresChanged(List.copyOf(listed.keySet()), now));
        }
        for (Trace trace : traces) {
            LOG.info("Case {} traced: {} F1 and {} F2 contacts, {} listed new", trace.caseId(), trace.firstLevel.size(),
                    trace.secondLevel.size(), listed.getOrDefault(trace.caseId(), 0));
        }
        return listed;
    }

    /** The contact's exposure at that level, its person as {@code personKey} ({@link TracingKeys#personKey}). */
    private static AlertRepository.Exposure exposure(Exposures.Contact contact, ExposureLevel level, byte[] personKey) {
        boolean venue = contact.site().reason() == ExposureReason.VENUE;
        return new AlertRepository.Exposure(HexFormat.of().formatHex(personKey), level, contact.site().reason(),
                venue ? contact.site().key() : null, venue ? null : contact.label(), contact.from(), contact.to());
    }

    /** What tells the case's alert of this exposure from the case's others ({@link AlertRepository.Key}). */
    private static AlertRepository.Key key(UUID caseId, AlertRepository.Exposure exposure) {
        return new AlertRepository.Key(caseId, exposure.personKey(), exposure.level(), exposure.reason(),
                exposure.venueCode(), exposure.vehicleNumber(), exposure.from());
    }

    /** One case's tracing as it goes: its sites at risk, and the contacts found there. */
    private static final class Trace {
        final CaseRepository.StoredCase stored;
        final TracingKeys.TracedPerson person;
        /** Who is no contact of this case at the level being found: the case itself, then its F1s. */
        final Set<String> excluded;
        List<Exposures.Risk> ofCase;
        List<Exposures.Contact> firstLevel;
        final List<Exposures.Risk> ofFirstLevel = new ArrayList<>();
        List<Exposures.Contact> secondLevel;

        Trace(CaseRepository.StoredCase stored, TracingKeys.TracedPerson person) {
            this.stored = stored;
            this.person = person;
            this.excluded = new HashSet<>(person.names());
        }

        UUID caseId() {
            return stored.caseId();
        }
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
        return byPerson(whereabouts.of(firstLevel.stream().map(Exposures.Contact::person).distinct().toList(),
                earliest, latest));
    }

    private static Map<String, List<Exposures.Visit>> byPerson(List<Exposures.Visit> visits) {
        Map<String, List<Exposures.Visit>> byPerson = new HashMap<>();
        visits.forEach(visit -> byPerson.computeIfAbsent(visit.person(), person -> new ArrayList<>()).add(visit));
        return byPerson;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
