package vn.qrqg.health.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.health.HealthRecordsChanged;
import vn.qrqg.health.PositiveTestRecorded;
import vn.qrqg.health.TestResult;
import vn.qrqg.health.TestType;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.issuance.citizens.IssuedQrs;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.platform.web.FieldErrors;
import vn.qrqg.platform.web.InvalidRequest.FieldError;
import vn.qrqg.platform.web.ItemStatus;
import vn.qrqg.platform.web.PrintableText;

/**
 * One pushed record, whatever brought it (a push, a batch item, a line of an import): read it,
 * find its person in the population registry, store it once. Each item has its own result, so
 * that one bad item never rejects the others. A record stored for a person holding a QID tells
 * the change feed ({@link HealthRecordsChanged}, once per person and {@link Batch}) and has their
 * card evaluated again ({@link CardStates}), in its transaction. Logs nothing: items are health data.
 */
final class HealthRecordPush {

    /**
     * The people a push, batch or import has announced already: one {@link HealthRecordsChanged} each.
     * An import of millions of lines forgets them past {@value #REMEMBERED} people, so that its memory
     * stays bounded: someone whose lines lie further apart than that is announced again.
     */
    static final class Batch {
        static final int REMEMBERED = 100_000;
        private final Set<String> announced = new HashSet<>();
        /** The people whose records were stored, their cards to evaluate once the push is in. */
        private final Map<Qid, RegisteredPerson> cards = new LinkedHashMap<>();

        /** @return whether {@code qid} is new to this batch, noting it */
        boolean firstOf(Qid qid) {
            if (announced.size() >= REMEMBERED) {
                announced.clear();
            }
            return announced.add(qid.value());
        }

        void cardOf(Qid qid, RegisteredPerson person) {
            cards.put(qid, person);
        }

        /** The people noted since the last call, forgotten here. */
        Map<Qid, RegisteredPerson> takeCards() {
            Map<Qid, RegisteredPerson> taken = new LinkedHashMap<>(cards);
            cards.clear();
            return taken;
        }

        int cardsNoted() {
            return cards.size();
        }
    }

    /**
     * @param index the item's position in a JSON batch, from 0, or {@code null}
     * @param line its line in a CSV import, from 2 (line 1 is the header), or {@code null}
     * @param id the stored record's id, for CREATED and EXISTING (and CONFLICT: the existing one)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemResult(Integer index, Integer line, String sourceId, ItemStatus status, UUID id, List<FieldError> errors) {

        ItemResult at(Integer index, Integer line) {
            return new ItemResult(index, line, sourceId, status, id, errors);
        }

        boolean rejected() {
            return status.rejected();
        }
    }

    private final RecordItems items;
    private final HealthRecordStore store;
    private final PopulationRegistry registry;
    private final IssuedQrs issuedQrs;

    private final TransactionOperations transactions;
    private final EventOutbox events;
    private final CardStates cards;

    HealthRecordPush(RecordItems items, HealthRecordStore store, PopulationRegistry registry, IssuedQrs issuedQrs,
            TransactionOperations transactions, EventOutbox events, CardStates cards) {
        this.items = items;
        this.store = store;
        this.registry = registry;
        this.issuedQrs = issuedQrs;
        this.transactions = transactions;
        this.events = events;
        this.cards = cards;
    }

    /** A push of one record: a batch of its own. */
    ItemResult push(RecordKind kind, JsonNode node, CallingClient pusher) {
        Batch batch = new Batch();
        ItemResult result = push(kind, node, pusher, batch);
        finish(batch);
        return result;
    }

    /**
     * @param pusher the health system pushing it; a positive PCR test stored now publishes
     *        {@link PositiveTestRecorded} with it, in the same transaction
     * @param batch the push, batch or import the item belongs to
     */
    ItemResult push(RecordKind kind, JsonNode node, CallingClient pusher, Batch batch) {
        if (batch.cardsNoted() >= CardStateWatch.AT_ONCE) {
            finish(batch); // an import of millions evaluates as it goes
        }
        FieldErrors errors = new FieldErrors(); // this item's alone: one bad item does not refuse the batch
        RecordItems.Item item = items.read(kind, node, errors);
        // echoed so that the system matches the answer to its item, unless it is the text refused
        String sourceId = node != null && node.isObject() && node.path("sourceId").isString()
                && PrintableText.isAcceptable(node.path("sourceId").stringValue()) ? node.path("sourceId").stringValue() : null;
        if (item == null) {
            return new ItemResult(null, null, sourceId, ItemStatus.INVALID, null, errors.list());
        }
        Optional<RegisteredPerson> person = personOf(item.person());
        if (person.isEmpty()) {
            return new ItemResult(null, null, item.sourceId(), ItemStatus.UNKNOWN_PERSON, null,
                    List.of(new FieldError(item.person().field(), "names nobody in the population registry")));
        }
        HealthRecordStore.Saved saved = transactions.execute(status -> {
            HealthRecordStore.Saved stored = store.save(item.sourceId(), person.get(), item.content(),
                    pusher.clientId());
            if (stored.outcome() == HealthRecordStore.Outcome.CREATED
                    && item.content() instanceof RecordContent.TestContent test && test.type() == TestType.PCR
                    && test.result() == TestResult.POSITIVE) {
                events.publish(new PositiveTestRecorded(stored.id(), person.get().documentNumber(), test.sampledAt(),
                        pusher.appId(), Instant.now()));
            }
            if (stored.outcome() == HealthRecordStore.Outcome.CREATED) {
                changed(kind, item.person(), person.get(), batch);
            }
            return stored;
        });
        return switch (saved.outcome()) {
            case CREATED -> new ItemResult(null, null, item.sourceId(), ItemStatus.CREATED, saved.id(), null);
            case EXISTING -> new ItemResult(null, null, item.sourceId(), ItemStatus.EXISTING, saved.id(), null);
            case CONFLICT -> new ItemResult(null, null, item.sourceId(), ItemStatus.CONFLICT, saved.id(),
                    List.of(new FieldError("sourceId", "already names a record with other content or of another person;"
                            + " a correction needs a new sourceId")));
        };
    }

    /**
     * Once a push, batch or import is in (and during a long import): the cards of the people whose
     * records it stored are evaluated again, once each.
     */
    void finish(Batch batch) {
        cards.recordsChanged(batch.takeCards());
    }

    /** In the record's transaction: the change feed hears of it, and the person's card is due again. */
    private void changed(RecordKind kind, RecordItems.PersonRef named, RegisteredPerson person, Batch batch) {
        Qid qid = named.qid() != null ? new Qid(named.qid()) : Optional.ofNullable(issuedQrs
                .findHoldersByDocumentNumbers(List.of(person.documentNumber())).get(person.documentNumber()))
                .map(IssuedQrs.Holder::qid).orElse(null);
        if (qid == null) {
            return; // no QID, so no app acts for them: nobody to tell
        }
        if (batch.firstOf(qid)) {
            events.publish(new HealthRecordsChanged(qid, Set.of(kind.path()), Instant.now()));
        }
        cards.markDue(qid);
        batch.cardOf(qid, person);
    }

    /** The person as the registry holds them: their current document number finds their records, an old CMND's too. */
    private Optional<RegisteredPerson> personOf(RecordItems.PersonRef person) {
        Optional<String> named = person.documentNumber() != null ? Optional.of(person.documentNumber())
                : issuedQrs.documentNumberOf(new Qid(person.qid())); // checked by RecordItems
        return named.flatMap(registry::findByDocumentNumber);
    }
}
