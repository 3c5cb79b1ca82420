package vn.qrqg.health.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.health.CovidTest;
import vn.qrqg.health.PersonHealthRecords;
import vn.qrqg.health.Recovery;
import vn.qrqg.health.Vaccination;
import vn.qrqg.identity.RegisteredPerson;

/**
 * {@code health_record}: each record sealed, found by its person's key. Idempotent by the source
 * system's id: a record whose {@code (kind, sourceId)} exists is not stored again; the existing
 * one is the answer when it says the same of the same person, and a conflict otherwise.
 * Thread-safe.
 */
public final class HealthRecordStore {
    /** What a save did. */
    enum Outcome { CREATED, EXISTING, CONFLICT }

    record Saved(Outcome outcome, UUID id) {
    }

    /** A record's content with its id; the id null for content not stored (the seeding's, before COPY). */
    record Stored(UUID id, RecordContent content) {
    }

    /**
     * Where a stored record came from.
     *
     * @param pushedBy the client_id of the system that pushed it, or {@code reference-seed}
     */
    public record Origin(UUID recordId, RecordKind kind, String pushedBy, String sourceId, Instant pushedAt) {
    }

    private final JdbcClient jdbc;
    private final HealthDataKey key;
    private final JsonMapper json;
    private final VaccineProducts products;
    private final VaccinationStatuses statuses;

    HealthRecordStore(JdbcClient jdbc, HealthDataKey key, JsonMapper json, VaccineProducts products,
            VaccinationStatuses statuses) {
        this.jdbc = jdbc;
        this.key = key;
        this.json = json;
        this.products = products;
        this.statuses = statuses;
    }

    /**
     * In a transaction: a new vaccination also brings the person's coverage facts up to date, the
     * person's vaccinations read under a lock of theirs, so that two stored at once both count.
     *
     * @param person as the registry holds them now
     */
    Saved save(String sourceId, RegisteredPerson person, RecordContent content, String pushedBy) {
        UUID id = UUID.randomUUID();
        String documentNumber = person.documentNumber();
        byte[] personKey = key.personKey(documentNumber);
        if (content.kind() == RecordKind.VACCINATION) {
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended(encode(:key, 'hex'), 5))").param("key", personKey)
                    .query().singleRow();
        }
        int inserted = jdbc.sql("""
                        insert into health_record (id, kind, source_id, person_key, content, pushed_by)
                        values (:id, :kind, :sourceId, :personKey, :content, :pushedBy)
                        on conflict (kind, source_id) do nothing""")
                .param("id", id).param("kind", content.kind().name()).param("sourceId", sourceId)
                .param("personKey", personKey).param("content", key.seal(id, json.writeValueAsBytes(content)))
                .param("pushedBy", pushedBy)
                .update();
        if (inserted == 1) {
            if (content.kind() == RecordKind.VACCINATION) {
                VaccinationStatuses.Status.of(person, recordsOf(documentNumber).vaccinations())
                        .ifPresent(status -> statuses.put(personKey, status));
            }
            return new Saved(Outcome.CREATED, id);
        }
        return jdbc.sql("select id, person_key, content from health_record where kind = :kind and source_id = :sourceId")
                .param("kind", content.kind().name()).param("sourceId", sourceId)
                .query((row, i) -> {
                    UUID existing = row.getObject("id", UUID.class);
                    boolean same = Arrays.equals(row.getBytes("person_key"), personKey)
                            && content.equals(open(content.kind(), existing, row.getBytes("content")));
                    return new Saved(same ? Outcome.EXISTING : Outcome.CONFLICT, existing);
                })
                .single();
    }

    /** Every record of the person holding {@code documentNumber} in the registry, in no order. */
    List<Stored> of(String documentNumber) {
        return jdbc.sql("select id, kind, content from health_record where person_key = :personKey")
                .param("personKey", key.personKey(documentNumber))
                .query((row, i) -> stored(row.getObject("id", UUID.class), row.getString("kind"), row.getBytes("content")))
                .list();
    }

    /** Where the record {@code recordId} came from, when it is one of the person holding {@code documentNumber}. */
    public Optional<Origin> originOf(UUID recordId, String documentNumber) {
        return jdbc.sql("""
                        select id, kind, pushed_by, source_id, pushed_at from health_record
                        where id = :id and person_key = :personKey""")
                .param("id", recordId).param("personKey", key.personKey(documentNumber))
                .query((row, i) -> new Origin(row.getObject("id", UUID.class), RecordKind.valueOf(row.getString("kind")),
                        row.getString("pushed_by"), row.getString("source_id"),
                        row.getTimestamp("pushed_at").toInstant()))
                .optional();
    }

    /**
     * For each record, the time its system first pushed another record of the same kind for the
     * same person after {@code since} (a correction needs a new sourceId); records with none are left out.
     */
    public Map<UUID, Instant> correctedAfter(Map<UUID, Instant> since) {
        if (since.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = List.copyOf(since.keySet());
        Map<UUID, Instant> corrected = new HashMap<>();
        jdbc.sql("""
                        select w.id, min(n.pushed_at) as corrected_at
                        from unnest(:ids::uuid[], :since::timestamptz[]) as w (id, since)
                        join health_record o on o.id = w.id
                        join health_record n on n.person_key = o.person_key and n.kind = o.kind
                            and n.pushed_by = o.pushed_by and n.id <> o.id and n.pushed_at > w.since
                        group by w.id""")
                .param("ids", ids.toArray(UUID[]::new))
                .param("since", ids.stream().map(id -> java.sql.Timestamp.from(since.get(id))).toArray(java.sql.Timestamp[]::new))
                .query((row, i) -> corrected.put(row.getObject("id", UUID.class), row.getTimestamp("corrected_at").toInstant()))
                .list();
        return corrected;
    }

    /** The records of the person holding {@code documentNumber} in the registry, as the API shows them. */
    public PersonHealthRecords recordsOf(String documentNumber) {
        return view(of(documentNumber), products);
    }

    /**
     * {@link #recordsOf} of each document number, in one query: every number is a key of the
     * answer, with no records when there are none.
     */
    public Map<String, PersonHealthRecords> recordsOfAll(Collection<String> documentNumbers) {
        Map<String, String> numberByKey = new HashMap<>();
        Map<String, List<Stored>> contents = new HashMap<>();
        for (String number : documentNumbers) {
            numberByKey.put(HexFormat.of().formatHex(key.personKey(number)), number);
            contents.put(number, new ArrayList<>());
        }
        if (!numberByKey.isEmpty()) {
            jdbc.sql("""
                            select id, kind, content, encode(person_key, 'hex') as person_key from health_record
                            where person_key in (select decode(k, 'hex') from unnest(:keys::text[]) as k)""")
                    .param("keys", numberByKey.keySet().toArray(String[]::new))
                    .query((row, i) -> contents.get(numberByKey.get(row.getString("person_key"))).add(
                            stored(row.getObject("id", UUID.class), row.getString("kind"), row.getBytes("content"))))
                    .list();
        }
        Map<String, PersonHealthRecords> records = new HashMap<>();
        contents.forEach((number, ofNumber) -> records.put(number, view(ofNumber, products)));
        return records;
    }

    /** Records as the API shows them: products named, times in Vietnam time. */
    static PersonHealthRecords view(List<Stored> records, VaccineProducts products) {
        List<Vaccination> vaccinations = new ArrayList<>();
        List<CovidTest> tests = new ArrayList<>();
        List<Recovery> recoveries = new ArrayList<>();
        for (Stored record : records) {
            UUID id = record.id();
            switch (record.content()) {
                case RecordContent.VaccinationContent v -> {
                    VaccineProducts.Product product = products.find(v.product()).orElseThrow(() -> new IllegalStateException(
                            "a stored vaccination names a product no longer in " + VaccineProducts.RESOURCE));
                    vaccinations.add(new Vaccination(v.date(), v.doseNumber(), v.product(), product.name(),
                            product.manufacturer(), product.singleDose(), v.lot(), v.site(), id));
                }
                case RecordContent.TestContent t -> tests.add(new CovidTest(t.type(), VietnamTime.of(t.sampledAt()),
                        t.result(), t.lab(), id));
                case RecordContent.RecoveryContent r -> recoveries.add(new Recovery(VietnamTime.of(r.confirmedAt()),
                        VietnamTime.of(r.recoveredAt()), r.facility(), id));
            }
        }
        return new PersonHealthRecords(vaccinations, tests, recoveries);
    }

    /** Content not stored (yet), as the API would show it. */
    static PersonHealthRecords viewUnsaved(List<RecordContent> contents, VaccineProducts products) {
        return view(contents.stream().map(content -> new Stored(null, content)).toList(), products);
    }

    private Stored stored(UUID id, String kind, byte[] sealed) {
        return new Stored(id, open(RecordKind.valueOf(kind), id, sealed));
    }

    private RecordContent open(RecordKind kind, UUID id, byte[] sealed) {
        return json.readValue(key.open(id, sealed), RecordContent.type(kind));
    }
}
