/**
 * The platform's one PostgreSQL (embedded by default, external when configured) and what tables
 * of any capability share: {@link vn.qrqg.platform.database.DailyPartitions} for large
 * append-only tables partitioned by day.
 */
@NamedInterface("database")
package vn.qrqg.platform.database;

import org.springframework.modulith.NamedInterface;
