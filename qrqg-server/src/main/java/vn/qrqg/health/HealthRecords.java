package vn.qrqg.health;

import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.qrqg.health.internal.HealthRecordStore;
import vn.qrqg.identity.RegisteredPerson;

/**
 * A person's vaccination, test and recovery records, for those who may see them: the person
 * (holder token) and health officers' scans. Callers that answer them audit the read. Thread-safe.
 */
@Service
public class HealthRecords {
    private final HealthRecordStore store;

    HealthRecords(HealthRecordStore store) {
        this.store = store;
    }

    /** Everything held of the person, found by their registry document number, each record with its id. */
    public PersonHealthRecords of(RegisteredPerson person) {
        return store.recordsOf(person.documentNumber());
    }

    /**
     * {@link #of} each person, in one query, by registry document number, for scans: without the
     * records' ids, which only the person needs (to name one in a feedback report).
     */
    public Map<String, PersonHealthRecords> ofAll(Collection<RegisteredPerson> people) {
        Map<String, PersonHealthRecords> found = new java.util.HashMap<>();
        store.recordsOfAll(people.stream().map(RegisteredPerson::documentNumber).distinct().toList())
                .forEach((number, records) -> found.put(number, records.withoutRecordIds()));
        return found;
    }
}
