package vn.qrqg.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.platform.PlatformTestSupport;

/** Daily partitions on the real PostgreSQL, for a table of this test's own. */
class DailyPartitionsIT extends PlatformTestSupport {
    private static final String TABLE = "platform_partitions_test";
    private static final Clock NOON_15_MARCH = Clock.fixed(Instant.parse("2030-03-15T12:00:00Z"), ZoneOffset.UTC);

    @Autowired
    SchemaOwner owner;

    @AfterEach
    void dropTable() {
        asOwner().sql("drop table if exists " + TABLE).update();
    }

    @Test
    void createsOnePartitionPerDayAroundTodayOnceAndForAll() {
        JdbcClient jdbc = asOwner();
        jdbc.sql("create table " + TABLE + " (at timestamptz not null, note text) partition by range (at)").update();
        DailyPartitions partitions = new DailyPartitions(owner, TABLE, 1, 2, Duration.ofHours(1), NOON_15_MARCH,
                List.of("comment on table {partition} is 'made by the test'"));

        assertThat(partitions.ensure()).containsExactly(TABLE + "_p20300314", TABLE + "_p20300315",
                TABLE + "_p20300316", TABLE + "_p20300317");
        assertThat(partitions.ensure()).isEmpty();
        assertThat(partitions.partitionOf(LocalDate.of(2030, 3, 15))).isEqualTo(TABLE + "_p20300315");
        assertThat(jdbc.sql("select obj_description(to_regclass(:p), 'pg_class')").param("p", TABLE + "_p20300316")
                .query(String.class).single()).isEqualTo("made by the test");

        // the day runs from midnight to midnight UTC
        jdbc.sql("insert into " + TABLE + " values ('2030-03-15 23:59:59.999999+00', 'late'), ('2030-03-16 00:00:00+00', 'next')")
                .update();
        assertThat(jdbc.sql("select tableoid::regclass::text from " + TABLE + " order by at").query(String.class).list())
                .containsExactly(TABLE + "_p20300315", TABLE + "_p20300316");
        assertThatThrownBy(() -> jdbc.sql("insert into " + TABLE + " values ('2030-03-20 00:00:00+00', 'too far')")
                .update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void refusesATableNameThatIsNotPlainSql() {
        assertThatThrownBy(() -> new DailyPartitions(owner, "x; drop table y", 0, 1, Duration.ofHours(1),
                NOON_15_MARCH, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
