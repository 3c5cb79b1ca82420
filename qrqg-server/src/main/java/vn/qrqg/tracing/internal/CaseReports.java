package vn.qrqg.tracing.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.health.PositiveTestRecorded;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.platform.web.FieldErrors;
import vn.qrqg.platform.web.InvalidRequest;
import vn.qrqg.platform.web.ItemStatus;
import vn.qrqg.platform.web.JsonFields;
import vn.qrqg.platform.web.PrintableText;
import vn.qrqg.tracing.CaseConfirmed;
import vn.qrqg.tracing.TracingProperties;

/**
 * One reported case, whatever brought it: read it, find its person in the population registry,
 * store it once by its {@code sourceId}, and publish {@link CaseConfirmed} with it, so that it is
 * traced once. Each item has its own result: one bad item never rejects the others. Logs
 * nothing of an item: a case is health data.
 */
@Service
class CaseReports {
    /** How far in the future a time may be, for the reporting system's clock. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** The source id of a case made from a positive test: no reporting system's id begins so. */
    static final String TEST_SOURCE = "qrqg:health-test:";
    private static final Set<String> MEMBERS = Set.of("sourceId", "documentNumber", "sampledAt", "confirmedAt",
            "symptomOnset");

    /** @param index the item's position in the batch, from 0 */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemResult(int index, String sourceId, ItemStatus status, UUID caseId, List<InvalidRequest.FieldError> errors) {

        boolean rejected() {
            return status.rejected();
        }
    }

    private record Item(String sourceId, String documentNumber, Instant sampledAt, Instant confirmedAt,
            Instant symptomOnset) {

        /** The same case, of the person the registry found under that number (an old CMND finds the CCCD). */
        Item as(String registeredNumber) {
            return new Item(sourceId, registeredNumber, sampledAt, confirmedAt, symptomOnset);
        }
    }

    private final CaseRepository cases;
    private final TracingKeys keys;
    private final PopulationRegistry registry;
    private final ContactPeople people;
    private final TracingProperties properties;
    private final EventOutbox events;
    private final TransactionTemplate transactions;

    CaseReports(CaseRepository cases, TracingKeys keys, PopulationRegistry registry, ContactPeople people,
            TracingProperties properties, EventOutbox events, PlatformTransactionManager transactionManager) {
        this.cases = cases;
        this.keys = keys;
        this.registry = registry;
        this.people = people;
        this.properties = properties;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * The items of one report, each with its own result in order: read, their people found in the
     * registry together, and the new cases stored in one transaction with their
     * {@link CaseConfirmed}; a replay finds its case. A few statements for a report of 1,000 cases
     * rather than a few for each: an outbreak day's reports must not queue behind themselves.
     */
    List<ItemResult> report(List<JsonNode> nodes, UUID reportedBy, Instant now) {
        ItemResult[] results = new ItemResult[nodes.size()];
        List<Pending> readable = new ArrayList<>();
        for (int index = 0; index < nodes.size(); index++) {
            JsonNode node = nodes.get(index);
            FieldErrors errors = new FieldErrors();
            Item item = read(node, errors, now);
            if (item == null) {
                String sourceId = node != null && node.isObject() && node.path("sourceId").isString()
                        && PrintableText.isAcceptable(node.path("sourceId").stringValue())
                        ? node.path("sourceId").stringValue() : null;
                results[index] = new ItemResult(index, sourceId, ItemStatus.INVALID, null, errors.list());
            } else {
                readable.add(new Pending(index, item));
            }
        }
        Map<String, RegisteredPerson> registered = registry.findAllByDocumentNumbers(readable.stream()
                .map(pending -> pending.item().documentNumber()).distinct().toList());
        List<Pending> known = new ArrayList<>();
        for (Pending pending : readable) {
            RegisteredPerson person = registered.get(pending.item().documentNumber());
            if (person == null) {
                results[pending.index()] = new ItemResult(pending.index(), pending.item().sourceId(),
                        ItemStatus.UNKNOWN_PERSON, null, List.of(new InvalidRequest.FieldError("documentNumber",
                                "names nobody in the population registry")));
            } else {
                known.add(new Pending(pending.index(), pending.item().as(person.documentNumber())));
            }
        }
        store(known, reportedBy).forEach(result -> results[result.index()] = result);
        return List.of(results);
    }

    /**
     * A positive PCR test a health system pushed, as a case it reported: sampled when the test
     * was, confirmed when it was stored, idempotent by the test's record id.
     */
    ItemResult fromPositiveTest(PositiveTestRecorded test) {
        Item item = new Item(TEST_SOURCE + test.recordId(), test.documentNumber(), micros(test.sampledAt()),
                micros(test.recordedAt()), null);
        return store(List.of(new Pending(0, item)), test.pushedBy()).getFirst();
    }

    /** An item read, at its position in the report; its document number the registry's own. */
    private record Pending(int index, Item item) {
    }

    /**
     * Stores the cases whose source ids are new, in one transaction with their
     * {@link CaseConfirmed}; the others are found as they were stored. Results in the order given.
     */
    private List<ItemResult> store(List<Pending> pending, UUID reportedBy) {
        if (pending.isEmpty()) {
            return List.of();
        }
        Map<String, ContactPeople.Found> found = people.provincesOf(pending.stream()
                .map(one -> one.item().documentNumber()).distinct().toList());
        List<CaseRepository.StoredCase> fresh = new ArrayList<>(pending.size());
        for (Pending one : pending) {
            Item item = one.item();
            ContactPeople.Found person = found.get(item.documentNumber());
            UUID caseId = UUID.randomUUID();
            Instant onsetOrSample = item.symptomOnset() != null && item.symptomOnset().isBefore(item.sampledAt())
                    ? item.symptomOnset() : item.sampledAt();
            fresh.add(new CaseRepository.StoredCase(caseId, item.sourceId(), reportedBy,
                    keys.personKey(item.documentNumber()), keys.seal(caseId, person.person()), person.provinceCode(),
                    person.communeCode(), item.sampledAt(), item.confirmedAt(), item.symptomOnset(),
                    onsetOrSample.minus(properties.infectiousBefore()), null, null, null));
        }
        Set<UUID> created = transactions.execute(status -> {
            Set<UUID> inserted = cases.insertUnlessKnown(fresh);
            fresh.stream().filter(c -> inserted.contains(c.caseId()))
                    .forEach(c -> events.publish(new CaseConfirmed(c.caseId(), c.confirmedAt())));
            return inserted;
        });
        Map<String, CaseRepository.StoredCase> before = cases.bySourceIds(fresh.stream()
                .filter(c -> !created.contains(c.caseId())).map(CaseRepository.StoredCase::sourceId).toList());
        List<ItemResult> results = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            int index = pending.get(i).index();
            CaseRepository.StoredCase mine = fresh.get(i);
            if (created.contains(mine.caseId())) {
                results.add(new ItemResult(index, mine.sourceId(), ItemStatus.CREATED, mine.caseId(), null));
                continue;
            }
            // stored before, or by an earlier item of this report
            CaseRepository.StoredCase known = before.get(mine.sourceId());
            boolean same = Arrays.equals(known.personKey(), mine.personKey())
                    && known.sampledAt().equals(mine.sampledAt()) && known.confirmedAt().equals(mine.confirmedAt())
                    && Objects.equals(known.symptomOnset(), mine.symptomOnset());
            results.add(same ? new ItemResult(index, mine.sourceId(), ItemStatus.EXISTING, known.caseId(), null)
                    : new ItemResult(index, mine.sourceId(), ItemStatus.CONFLICT, known.caseId(), List.of(
                            new InvalidRequest.FieldError("sourceId", "already names a case with other content or of "
                                    + "another person; a correction needs a new sourceId (and the old case withdrawn)"))));
        }
        return results;
    }

    private Item read(JsonNode node, FieldErrors errors, Instant now) {
        if (node == null || !node.isObject()) {
            errors.reject("", "each item must be a JSON object");
            return null;
        }
        int before = errors.count();
        JsonFields fields = new JsonFields(node, "", errors);
        fields.onlyMembers(MEMBERS);
        String sourceId = fields.text("sourceId", true, 100);
        if (sourceId != null && sourceId.startsWith("qrqg:")) {
            fields.error("sourceId", "must not begin with qrqg: (the platform's own cases, made from positive tests)");
        }
        String number = fields.text("documentNumber", true, 20);
        String documentNumber = null;
        if (number != null) {
            try {
                documentNumber = DocumentNumber.parse(number).value();
            } catch (QrFormatException e) {
                fields.error("documentNumber", "must be a CCCD (12 digits), CMND (9 digits) or passport number");
            }
        }
        Instant sampledAt = fields.instant("sampledAt", true);
        Instant confirmedAt = fields.instant("confirmedAt", true);
        Instant symptomOnset = fields.instantOrDate("symptomOnset", false);
        Instant latest = now.plus(CLOCK_SKEW);
        Instant earliest = now.minus(properties.retention());
        if (confirmedAt != null && (confirmedAt.isAfter(latest) || confirmedAt.isBefore(earliest))) {
            fields.error("confirmedAt", "must be within the last " + properties.retention().toDays()
                    + " days (older cases are past the retention), and not in the future");
        }
        if (sampledAt != null && confirmedAt != null && sampledAt.isAfter(confirmedAt)) {
            fields.error("sampledAt", "must be at or before confirmedAt");
        }
        if (symptomOnset != null && confirmedAt != null && symptomOnset.isAfter(confirmedAt)) {
            fields.error("symptomOnset", "must be at or before confirmedAt");
        }
        // as PostgreSQL keeps them: a replay compares equal to what was stored
        return errors.count() == before ? new Item(sourceId, documentNumber, micros(sampledAt), micros(confirmedAt),
                micros(symptomOnset)) : null;
    }

    private static Instant micros(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The counts of a report, and each item's result in order. */
    record Report(int created, int existing, int rejected, List<ItemResult> items) {

        static Report of(List<ItemResult> items) {
            int created = (int) items.stream().filter(item -> item.status() == ItemStatus.CREATED).count();
            int existing = (int) items.stream().filter(item -> item.status() == ItemStatus.EXISTING).count();
            return new Report(created, existing, items.size() - created - existing, items);
        }
    }
}
