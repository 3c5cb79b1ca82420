package vn.qrqg.declarations.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.qrqg.declarations.DeclarationsProperties;
import vn.qrqg.platform.database.DailyPartitions;
import vn.qrqg.platform.database.SchemaOwner;

/**
 * The daily partitions of both declaration tables, at both ends: created ahead of today, and
 * dropped once past the retention. One bean rather than a {@link DailyPartitions} bean per
 * table, so that the type stays unique for those who inject the audit's.
 */
final class DeclarationPartitions implements AutoCloseable {
    /** Yesterday's partition too, for a declaration whose instant was taken just before midnight UTC. */
    private static final int DAYS_BEHIND = 1;

    private final List<DailyPartitions> ahead = new ArrayList<>();
    private final DeclarationRetention retention;

    DeclarationPartitions(SchemaOwner owner, DeclarationsProperties declarations, Clock clock) {
        for (String table : DeclarationRetention.TABLES) {
            ahead.add(new DailyPartitions(owner, table, DAYS_BEHIND, declarations.partitionDaysAhead(),
                    declarations.partitionCheckInterval(), clock, List.of()));
        }
        this.retention = new DeclarationRetention(ahead, declarations.retention(),
                declarations.retentionCheckInterval(), clock);
    }

    /** Creates today's partitions and those ahead, failing the start-up if it cannot; then keeps both ends. */
    void start() {
        ahead.forEach(DailyPartitions::start);
        retention.start();
    }

    /** Drops what expired now, beside the scheduled runs; the names of the partitions dropped. */
    List<String> dropExpired() {
        return retention.dropExpired();
    }

    @Override
    public void close() {
        retention.close();
        ahead.forEach(DailyPartitions::close);
    }
}
