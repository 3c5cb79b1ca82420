package vn.qrqg.platform.database;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;

/**
 * Which daily partitions of a table hold only rows older than a cutoff: a partition
 * {@code <table>_pYYYYMMDD} holds [that day 00:00Z, the next 00:00Z) (see {@link DailyPartitions}),
 * so it expires once its end is at or before the cutoff. A name of another shape is never
 * expired: the platform drops only what it made.
 */
final class ExpiredPartitions {
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.BASIC_ISO_DATE;

    private ExpiredPartitions() {
    }

    /** Those of {@code partitions} (of {@code table}) that hold nothing after {@code cutoff}, in order. */
    static List<String> of(String table, Collection<String> partitions, Instant cutoff) {
        return partitions.stream().filter(name -> expired(table, name, cutoff)).sorted().toList();
    }

    private static boolean expired(String table, String partition, Instant cutoff) {
        String prefix = table + "_p";
        if (!partition.startsWith(prefix) || partition.length() != prefix.length() + 8) {
            return false;
        }
        try {
            LocalDate day = LocalDate.parse(partition.substring(prefix.length()), SUFFIX);
            return !day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().isAfter(cutoff);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
