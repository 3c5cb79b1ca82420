package vn.qrqg.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.internal.AuditReviewRepository;
import vn.qrqg.audit.internal.AuditReviewRepository.HourRow;
import vn.qrqg.clients.App;
import vn.qrqg.clients.Apps;

/**
 * Credentials that read unusually many people: for each credential (client_id) and hour, the
 * distinct people it read (by QID, or document number for a person without one); each
 * credential-hour is judged against those of its {@link ReaderKind} in the same time range.
 *
 * <p>The rule: a credential-hour stands out when its count is above Q3 + factor × IQR of its
 * kind's credential-hours (Tukey's fence, factor 3 by default: "far out") and above a floor (20
 * people by default). Quartiles, not the mean and standard deviation, because one scanner reading
 * a thousand people must not raise the bar that should catch it; a fence above Q3 because the
 * hours of a kind are skewed (quiet nights, busy lunches); the floor because in a quiet system the
 * quartiles are a handful of people and a busy hour of 12 would otherwise stand out. Reading the
 * same person again and again does not count: a door scanner scans regulars all day.
 * Settings: {@link AuditReviewProperties}.
 */
@Service
public class UnusualReaders {
    /** The longest time range reviewed at once: 168 hours a credential, and at most 7 daily partitions read. */
    public static final Duration MAX_WINDOW = Duration.ofDays(7);
    /** The credentials of a kind listed at most, highest peak first; the count says how many stand out in all. */
    static final int LISTED = 20;

    private final AuditReviewRepository repository;
    private final Apps apps;
    private final AuditReviewProperties settings;
    /**
     * One review at a time on an instance, the others wait their turn: each reads every record of
     * its range (about 4.5 s for a day of 2 million records on two cores), and operators clicking
     * again must not multiply that.
     */
    private final ReentrantLock oneAtATime = new ReentrantLock(true);

    UnusualReaders(AuditReviewRepository repository, Apps apps, AuditReviewProperties settings) {
        this.repository = repository;
        this.apps = apps;
        this.settings = settings;
    }

    /** The review of {@code [from, to)}, every kind in it (a kind without reads: no hours, nobody flagged). */
    public record Review(Instant from, Instant to, double factor, int floor, List<KindReview> kinds) {
    }

    /**
     * @param credentialHours how many (credential, hour) pairs with at least one person read
     * @param threshold above this many people an hour a credential stands out
     * @param flaggedCount how many stand out in all; {@code flagged} lists the first {@value #LISTED}
     */
    public record KindReview(ReaderKind kind, long credentialHours, double median, double q1, double q3,
            double threshold, long flaggedCount, List<FlaggedReader> flagged) {
    }

    /**
     * A credential that stood out, with its app when the platform knows it.
     *
     * @param venueCode the venue of a staff scanner; null for other clients
     * @param hours distinct people read in each hour of the range, from its first whole hour, none left out
     */
    public record FlaggedReader(String clientId, UUID appId, String appName, String operator, String venueCode,
            Instant peakHour, long peakCount, List<HourCount> hours) {
    }

    public record HourCount(Instant hour, long people) {
    }

    /** @throws IllegalArgumentException unless {@code from} is before {@code to}, at most {@link #MAX_WINDOW} apart */
    public Review review(Instant from, Instant to) {
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("from before to, at most " + MAX_WINDOW + " apart");
        }
        Map<ReaderKind, List<HourRow>> byKind = new LinkedHashMap<>();
        for (ReaderKind kind : ReaderKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        List<HourRow> rows;
        oneAtATime.lock();
        try {
            rows = repository.hourly(from, to, settings.factor(), settings.floor(), LISTED);
        } finally {
            oneAtATime.unlock();
        }
        rows.forEach(row -> byKind.get(row.kind()).add(row));
        List<KindReview> kinds = byKind.entrySet().stream().map(kind -> kindReview(kind.getKey(), kind.getValue(), from, to))
                .toList();
        return new Review(from, to, settings.factor(), settings.floor(), kinds);
    }

    private KindReview kindReview(ReaderKind kind, List<HourRow> rows, Instant from, Instant to) {
        if (rows.isEmpty()) {
            return new KindReview(kind, 0, 0, 0, 0, settings.floor(), 0, List.of());
        }
        HourRow first = rows.getFirst();
        Map<String, Map<Instant, Long>> series = new LinkedHashMap<>(); // in the order of the rows: highest peak first
        rows.stream().filter(row -> row.clientId() != null)
                .forEach(row -> series.computeIfAbsent(row.clientId(), id -> new LinkedHashMap<>()).put(row.hour(), row.people()));
        List<FlaggedReader> flagged = series.entrySet().stream()
                .map(reader -> flaggedReader(reader.getKey(), reader.getValue(), from, to)).toList();
        return new KindReview(kind, first.hours(), first.median(), first.q1(), first.q3(), first.threshold(),
                first.flagged(), flagged);
    }

    private FlaggedReader flaggedReader(String clientId, Map<Instant, Long> counts, Instant from, Instant to) {
        List<HourCount> hours = new ArrayList<>();
        HourCount peak = null;
        for (Instant hour = from.truncatedTo(ChronoUnit.HOURS); hour.isBefore(to); hour = hour.plus(Duration.ofHours(1))) {
            HourCount count = new HourCount(hour, counts.getOrDefault(hour, 0L));
            hours.add(count);
            if (peak == null || count.people() > peak.people()) {
                peak = count;
            }
        }
        Optional<App> app = apps.findByClientId(clientId);
        return new FlaggedReader(clientId, app.map(App::appId).orElse(null), app.map(App::name).orElse(null),
                app.map(App::operator).orElse(null),
                app.map(App::venueCode).map(venue -> venue.value()).orElse(null), peak.hour(), peak.people(), hours);
    }
}
