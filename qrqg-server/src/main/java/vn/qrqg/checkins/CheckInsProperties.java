package vn.qrqg.checkins;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.qrqg.venues.VenueType;

/**
 * Check-in settings ({@code qrqg.checkins}, docs/operations.md).
 *
 * @param retention how long check-ins are kept (Regulation 733): a day's partition is dropped
 *        whole once all of it is older than this
 * @param retentionCheckInterval how often an instance drops the partitions past the retention
 * @param maxLateness how late an offline reader's event may arrive (ministry guidance: readers keep
 *        their data at least a day; uploads come late)
 * @param clockSkew how far in the future an event's {@code occurredAt} may be: a reader's clock
 *        that runs a little fast
 * @param maxBatchSize events in one batch at most
 * @param partitionDaysAhead daily partitions of {@code checkins_event} kept ready ahead of today (UTC)
 * @param partitionCheckInterval how often an instance checks that they exist
 * @param visitDurations after how long a visit without an exit is closed, by venue type ({@code
 *        shop: 30m}); the types not named take the built-in durations
 */
@ConfigurationProperties("qrqg.checkins")
public record CheckInsProperties(@DefaultValue("30d") Duration retention,
        @DefaultValue("1h") Duration retentionCheckInterval, @DefaultValue("7d") Duration maxLateness,
        @DefaultValue("5m") Duration clockSkew, @DefaultValue("1000") int maxBatchSize,
        @DefaultValue("7") int partitionDaysAhead, @DefaultValue("1h") Duration partitionCheckInterval,
        Map<String, Duration> visitDurations) {

    /** How long a visit lasts without an exit when the settings do not say, by venue type. */
    public static final Map<VenueType, Duration> DEFAULT_VISIT_DURATIONS = Map.of(
            VenueType.SHOP, Duration.ofMinutes(30), VenueType.RESTAURANT, Duration.ofHours(2),
            VenueType.MARKET, Duration.ofHours(1), VenueType.OFFICE, Duration.ofHours(9),
            VenueType.SCHOOL, Duration.ofHours(8), VenueType.HOSPITAL, Duration.ofHours(4),
            VenueType.TRANSPORT, Duration.ofHours(3), VenueType.CHECKPOINT, Duration.ofMinutes(15),
            VenueType.OTHER, Duration.ofHours(2));

    public CheckInsProperties {
        if (!positive(retention) || !positive(retentionCheckInterval) || !positive(maxLateness)
                || clockSkew.isNegative() || !positive(partitionCheckInterval)) {
            throw new IllegalArgumentException("qrqg.checkins: durations must be positive (clock-skew may be 0)");
        }
        if (maxBatchSize < 1 || partitionDaysAhead < 1) {
            throw new IllegalArgumentException("qrqg.checkins: max-batch-size and partition-days-ahead must be 1 or more");
        }
        // the partitions late events go to are kept ready: the retention must not drop them
        if (retention.compareTo(maxLateness.plusDays(2)) < 0) {
            throw new IllegalArgumentException("qrqg.checkins.retention must be at least max-lateness plus 2 days");
        }
        Map<VenueType, Duration> durations = new EnumMap<>(DEFAULT_VISIT_DURATIONS);
        if (visitDurations != null) {
            visitDurations.forEach((type, duration) -> {
                VenueType venueType = VenueType.parse(type).orElseThrow(() -> new IllegalArgumentException(
                        "qrqg.checkins.visit-durations: no venue type " + type + "; one of " + VenueType.codes()));
                if (!positive(duration)) {
                    throw new IllegalArgumentException("qrqg.checkins.visit-durations." + type + " must be positive");
                }
                durations.put(venueType, duration);
            });
        }
        visitDurations = Map.copyOf(durations.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                entry -> entry.getKey().code(), Map.Entry::getValue)));
    }

    /** How long a visit to a venue of this type lasts without an exit. */
    public Duration visitDuration(VenueType type) {
        return visitDurations.get(type.code().toLowerCase(Locale.ROOT));
    }

    /** The longest of the visit durations: how far around a day visits are looked for. */
    public Duration longestVisit() {
        return visitDurations.values().stream().max(Duration::compareTo).orElseThrow();
    }

    /** Days of partitions kept behind today: the late events' days, and one for the clock. */
    public int partitionDaysBehind() {
        return (int) maxLateness.toDays() + 1;
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }
}
