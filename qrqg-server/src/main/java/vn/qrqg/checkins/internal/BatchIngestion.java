package vn.qrqg.checkins.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.checkins.CheckInsProperties;
import vn.qrqg.checkins.CheckInsUploaded;
import vn.qrqg.checkins.NotThisVenueException;
import vn.qrqg.checkins.VenueSuspendedException;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.scanning.Identification;
import vn.qrqg.scanning.Scans;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.VenueNotFoundException;
import vn.qrqg.venues.VenueStatus;
import vn.qrqg.venues.Venues;

/**
 * An offline reader's batch, exactly once: each event is {@code (venue, readerId, sequence, UTC
 * day of occurredAt)}. Known events are acknowledged without being looked up or stored again; the
 * new ones are identified (each distinct text once), audited like online scans (one record per
 * person read and per event that found nobody, all committed together through the audit's group
 * commit) and stored in one
 * statement, whose commit makes them durable before the answer leaves. Each item gets its own
 * result; a bad item never rejects its batch. Thread-safe: concurrent uploads of the same events store each once (the unique
 * index decides).
 */
@Service
class BatchIngestion {
    /** A stored key whose event differs: the reader used a sequence number twice. */
    static final String SEQUENCE_REUSED = "SEQUENCE_REUSED";
    /** The text identified nobody (see {@link BatchResult#outcome()}). */
    static final String QR_NOT_ACCEPTED = "QR_NOT_ACCEPTED";
    /** What the audit records a batch's scans under. */
    static final String PURPOSE = "POST /api/v1/checkins/batch";

    private final Venues venues;
    private final Scans scans;
    private final CheckInRepository repository;
    private final CheckInsProperties properties;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    BatchIngestion(Venues venues, Scans scans, CheckInRepository repository, CheckInsProperties properties,
            AuditTrail audit, ApplicationEventPublisher events) {
        this.venues = venues;
        this.scans = scans;
        this.repository = repository;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
    }

    /**
     * An item's result: {@code status} STORED, DUPLICATE or REJECTED, with a reason when rejected,
     * and the scan's outcome when the reason is {@value #QR_NOT_ACCEPTED}.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record BatchResult(String readerId, Long sequence, String status, String reason, String outcome) {
    }

    List<BatchResult> ingest(CallingClient scanner, List<JsonNode> events) {
        VenueCode code = scanner.venueCode();
        if (code == null || !scanner.hasScope(Scopes.CHECKIN_VENUE)) {
            throw new NotThisVenueException("Batches come from a venue's staff scanners: this token is none "
                    + "(scope " + Scopes.CHECKIN_VENUE + ", a credential its venue's owner added).");
        }
        Venue venue = venues.find(code).orElseThrow(() -> VenueNotFoundException.nothingRecorded(code));
        if (venue.status() != VenueStatus.ACTIVE) {
            throw new VenueSuspendedException(code);
        }
        Instant now = clock.instant();
        List<BatchItem> items = events.stream()
                .map(event -> BatchItem.read(event, now, properties.maxLateness(), properties.clockSkew())).toList();
        BatchResult[] results = new BatchResult[items.size()];
        // the first item of a key in this batch stands for it; later ones are replays of it, or reuses
        Map<CheckInRepository.Key, Integer> firstOfKey = new HashMap<>();
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            if (!item.accepted()) {
                results[i] = rejected(item, item.rejection(), null);
            } else if (firstOfKey.putIfAbsent(item.key(), i) == null) {
                candidates.add(i);
            }
        }
        Map<CheckInRepository.Key, CheckInRepository.Stored> known = new HashMap<>();
        repository.find(code, firstOfKey.keySet()).forEach(stored -> known.put(stored.key(), stored));
        List<Integer> fresh = new ArrayList<>();
        for (int i : candidates) {
            CheckInRepository.Stored stored = known.get(items.get(i).key());
            if (stored != null) {
                results[i] = replay(items.get(i), stored);
            } else {
                fresh.add(i);
            }
        }
        store(scanner, code, items, fresh, results);
        for (int i = 0; i < items.size(); i++) {
            if (results[i] == null) { // a later item of a key the batch holds already
                BatchItem item = items.get(i);
                int firstIndex = firstOfKey.get(item.key());
                BatchItem first = items.get(firstIndex);
                boolean same = item.occurredAt().equals(first.occurredAt()) && item.direction() == first.direction()
                        && item.text().equals(first.text());
                // the same event twice in one upload: it fares as its first copy did, stored once at most
                results[i] = !same ? rejected(item, SEQUENCE_REUSED, null)
                        : "STORED".equals(results[firstIndex].status())
                        ? new BatchResult(item.readerId(), item.sequence(), "DUPLICATE", null, null)
                        : results[firstIndex];
            }
        }
        uploaded(code, items, results);
        return List.of(results);
    }

    /**
     * {@link CheckInsUploaded} for the batch's events taken, stored now or before (a resent batch
     * says it again). In memory, not through the event outbox: it is a hint that a listener may
     * act on sooner than its own follow-ups would (tracing re-traces every open case daily), and
     * through the outbox it cost 5 % of ingestion (docs/benchmarks.md, session 12).
     */
    private void uploaded(VenueCode code, List<BatchItem> items, BatchResult[] results) {
        Instant earliest = null;
        Instant latest = null;
        int taken = 0;
        for (int i = 0; i < items.size(); i++) {
            if ("STORED".equals(results[i].status()) || "DUPLICATE".equals(results[i].status())) {
                Instant at = items.get(i).occurredAt();
                earliest = earliest == null || at.isBefore(earliest) ? at : earliest;
                latest = latest == null || at.isAfter(latest) ? at : latest;
                taken++;
            }
        }
        if (taken > 0) {
            events.publishEvent(new CheckInsUploaded(code.value(), earliest, latest, taken));
        }
    }

    /**
     * Verifies the new items, audits each read, stores those that identify someone, and fills in
     * their results. A batch whose people do not fit in the scanner's hourly quota (429), or whose
     * audit cannot be committed (503), stores nothing and is acknowledged in nothing: the reader
     * resends it whole.
     */
    private void store(CallingClient scanner, VenueCode code, List<BatchItem> items, List<Integer> fresh,
            BatchResult[] results) {
        List<Identification> identified = scans.identifyAll(scanner,
                fresh.stream().map(i -> items.get(i).text()).toList());
        audit.recordAll(reads(scanner, identified));
        List<CheckInRepository.NewEvent> toStore = new ArrayList<>();
        List<Integer> storing = new ArrayList<>();
        for (int n = 0; n < fresh.size(); n++) {
            int i = fresh.get(n);
            BatchItem item = items.get(i);
            Identification identification = identified.get(n);
            if (!identification.identified()) {
                results[i] = rejected(item, QR_NOT_ACCEPTED, identification.answer().outcome().name());
            } else {
                toStore.add(new CheckInRepository.NewEvent(item.key(), item.occurredAt(), item.direction(),
                        identification.person()));
                storing.add(i);
            }
        }
        Set<CheckInRepository.Key> stored = new HashSet<>(repository.insertBatch(code, scanner.clientId(), toStore));
        List<Integer> raced = new ArrayList<>();
        for (int i : storing) {
            if (stored.contains(items.get(i).key())) {
                results[i] = new BatchResult(items.get(i).readerId(), items.get(i).sequence(), "STORED", null, null);
            } else {
                raced.add(i); // another upload stored this key between our look-up and our insert
            }
        }
        if (!raced.isEmpty()) {
            Map<CheckInRepository.Key, CheckInRepository.Stored> now = new HashMap<>();
            repository.find(code, raced.stream().map(i -> items.get(i).key()).toList())
                    .forEach(found -> now.put(found.key(), found));
            raced.forEach(i -> results[i] = replay(items.get(i), now.get(items.get(i).key())));
        }
    }

    /**
     * The batch answers who was found (STORED, or REJECTED with NOT_FOUND): a read, as an online
     * scan is. A person found by several of the batch's events (their entry and their exit) was
     * read once, by one upload: one record, not the same row twice. A text that found nobody is
     * recorded for each event, as it came: a reader's probes stay countable one by one.
     */
    private static List<AuditEntry> reads(CallingClient scanner, List<Identification> identified) {
        Set<Map.Entry<Qid, String>> people = new HashSet<>();
        List<AuditEntry> reads = new ArrayList<>(identified.size());
        for (Identification identification : identified) {
            String outcome = identification.answer().outcome().name();
            if (identification.qid() == null || people.add(Map.entry(identification.qid(), outcome))) {
                reads.add(AuditEntry.of(scanner, Scopes.CHECKIN_VENUE, PURPOSE, identification.qid(),
                        identification.documentNumber(), List.of(), outcome));
            }
        }
        return reads;
    }

    /** A key stored before: the same event again, or another event under a reused sequence number. */
    private static BatchResult replay(BatchItem item, CheckInRepository.Stored stored) {
        boolean same = stored != null && stored.occurredAt().equals(item.occurredAt())
                && stored.direction() == item.direction();
        return same ? new BatchResult(item.readerId(), item.sequence(), "DUPLICATE", null, null)
                : rejected(item, SEQUENCE_REUSED, null);
    }

    private static BatchResult rejected(BatchItem item, String reason, String outcome) {
        return new BatchResult(item.readerId(), item.sequence(), "REJECTED", reason, outcome);
    }
}
