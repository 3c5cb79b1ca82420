package vn.qrqg.health.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.codec.personal.Qid;
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
 * that one bad item never rejects the others. Logs nothing: items are health data.
 */
final class HealthRecordPush {

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

    HealthRecordPush(RecordItems items, HealthRecordStore store, PopulationRegistry registry, IssuedQrs issuedQrs,
            TransactionOperations transactions, EventOutbox events) {
        this.items = items;
        this.store = store;
        this.registry = registry;
        this.issuedQrs = issuedQrs;
        this.transactions = transactions;
        this.events = events;
    }

    /**
     * @param pusher the health system pushing it; a positive PCR test stored now publishes
     *        {@link PositiveTestRecorded} with it, in the same transaction
     */
    ItemResult push(RecordKind kind, JsonNode node, CallingClient pusher) {
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

    /** The person as the registry holds them: their current document number finds their records, an old CMND's too. */
    private Optional<RegisteredPerson> personOf(RecordItems.PersonRef person) {
        Optional<String> named = person.documentNumber() != null ? Optional.of(person.documentNumber())
                : issuedQrs.documentNumberOf(new Qid(person.qid())); // checked by RecordItems
        return named.flatMap(registry::findByDocumentNumber);
    }
}
