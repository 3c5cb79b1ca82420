package vn.qrqg.checkins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.platform.PlatformTestSupport;

/** Regulation 733: check-ins past the retention (30 days by default) go, a whole day's partition at a time. */
class CheckInRetentionIT extends PlatformTestSupport {

    @Autowired
    CheckInRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPartitionPastTheRetentionIsDroppedWithItsRowsAndRecentOnesStay() {
        LocalDate old = today().minusDays(40);
        String partition = oldPartitionWithACheckIn(old);
        assertThat(rowsOf(old)).isEqualTo(1);

        assertThat(retention.dropExpired()).contains(partition);

        assertThat(exists(partition)).isFalse();
        assertThat(rowsOf(old)).isZero();
        assertThat(exists(name(today()))).isTrue();
        assertThat(exists(name(today().minusDays(8)))).as("the late events' days").isTrue();
        assertThat(retention.dropExpired()).doesNotContain(name(today().minusDays(29)));
    }

    @Test
    void instancesDroppingAtTheSameTimeEachFinishAndDropEachPartitionOnce() {
        List<String> partitions = List.of(oldPartitionWithACheckIn(today().minusDays(50)),
                oldPartitionWithACheckIn(today().minusDays(51)));
        List<CompletableFuture<List<String>>> runs = new ArrayList<>();
        for (int instance = 0; instance < 3; instance++) {
            runs.add(CompletableFuture.supplyAsync(retention::dropExpired));
        }
        List<String> dropped = new ArrayList<>();
        runs.forEach(run -> dropped.addAll(run.join()));
        assertThat(dropped).containsAll(partitions);
        assertThat(dropped.stream().filter(partitions::contains)).hasSize(2);
        partitions.forEach(partition -> assertThat(exists(partition)).isFalse());
    }

    private String oldPartitionWithACheckIn(LocalDate day) {
        String partition = name(day);
        asOwner().sql("create table if not exists " + partition + " partition of checkins_event for values from ('" + day
                + "') to ('" + day.plusDays(1) + "')").update();
        jdbc.sql("""
                        insert into checkins_event (venue_code, occurred_at, occurred_day, direction, person, source, client_id)
                        values ('0000000000', :at, :day, 'IN', '123456789012', 'SELF', 'test')""")
                .param("at", day.atTime(12, 0).atOffset(ZoneOffset.UTC)).param("day", day).update();
        return partition;
    }

    private long rowsOf(LocalDate day) {
        return jdbc.sql("select count(*) from checkins_event where occurred_day = :day").param("day", day)
                .query(Long.class).single();
    }

    private boolean exists(String table) {
        return jdbc.sql("select to_regclass(:table) is not null").param("table", table).query(Boolean.class).single();
    }

    private static String name(LocalDate day) {
        return "checkins_event_p" + day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
