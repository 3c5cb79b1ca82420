package vn.qrqg.declarations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.declarations.DeclarationsTestSupport;
import vn.qrqg.platform.database.DailyPartitions;
import vn.qrqg.platform.database.SchemaOwner;

/**
 * Regulation 733 on the real PostgreSQL: a declaration older than the retention (30 days) is
 * never answered, and the job drops its partition, rows and all. Old declarations are written
 * straight into partitions of their day, as if the platform had taken them then.
 */
class DeclarationRetentionIT extends DeclarationsTestSupport {

    @Autowired
    DeclarationPartitions partitions;

    @Autowired
    SchemaOwner owner;

    @Test
    void aDeclarationPastTheRetentionIsGoneAfterTheJobRunsAndAYoungerOneStays() throws Exception {
        Holder holder = holder("Quách Văn Thành", 1920, Gender.MALE);
        Instant now = Instant.now();
        UUID expiredTravel = insertTravel(holder.qid(), now.minus(Duration.ofDays(40)));
        UUID expiredHealth = insertHealth(holder.qid(), now.minus(Duration.ofDays(40)));
        UUID kept = insertTravel(holder.qid(), now.minus(Duration.ofDays(29)));
        String expiredPartition = "declarations_travel_p" + dayOf(now.minus(Duration.ofDays(40))).toString()
                .replace("-", "");

        // not answered even before the job runs
        assertThat(each(mine(holder), "id")).containsExactly(kept.toString());

        assertThat(partitions.dropExpired()).contains(expiredPartition,
                expiredPartition.replace("declarations_travel", "declarations_health"));
        assertThat(jdbc.sql("select to_regclass(:p) is null").param("p", expiredPartition).query(Boolean.class)
                .single()).isTrue();
        assertThat(count("declarations_travel", expiredTravel)).isZero();
        assertThat(count("declarations_health", expiredHealth)).isZero();
        assertThat(count("declarations_travel", kept)).isOne();
        assertThat(each(mine(holder), "id")).containsExactly(kept.toString());
    }

    @Test
    void instancesRunningTheJobAtOnceDropEachPartitionOnceAndFailNone() throws Exception {
        Instant old = Instant.now().minus(Duration.ofDays(45));
        UUID expired = insertTravel("000000000000000018", old);
        try (ExecutorService instances = Executors.newFixedThreadPool(4)) {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(instances.submit(partitions::dropExpired));
            }
            List<String> dropped = new ArrayList<>();
            for (Future<List<String>> run : runs) {
                dropped.addAll(run.get(60, TimeUnit.SECONDS));
            }
            String partition = "declarations_travel_p" + dayOf(old).toString().replace("-", "");
            assertThat(dropped).containsOnlyOnce(partition);
        }
        assertThat(count("declarations_travel", expired)).isZero();
        assertThat(partitions.dropExpired()).isEmpty();
    }

    private JsonNode mine(Holder holder) throws Exception {
        return TestClients.json(as(holder, "GET", MINE, null).body());
    }

    /** The partitions of that UTC day and the next, as the platform would have made them then. */
    private void partitionsOf(String table, Instant at) {
        new DailyPartitions(owner, table, 0, 1, Duration.ofHours(1), Clock.fixed(at, ZoneOffset.UTC), List.of())
                .ensure();
    }

    private UUID insertTravel(String qid, Instant declaredAt) {
        partitionsOf("declarations_travel", declaredAt);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into declarations_travel (id, declared_at, qid, declared_by, app_id, client_id,
                            from_province_code, from_commune_code, to_province_code, to_commune_code, transport,
                            vehicle_number, vehicle_key, departure_at)
                        values (:id, :at, :qid, 'HOLDER_APP', :app, 'app-test', '01', '00004', '79', '26743',
                            'TRAIN', 'SE 1', 'SE1', :at)""")
                .param("id", id).param("at", OffsetDateTime.ofInstant(declaredAt, ZoneOffset.UTC)).param("qid", qid)
                .param("app", UUID.randomUUID()).update();
        return id;
    }

    private UUID insertHealth(String qid, Instant declaredAt) {
        partitionsOf("declarations_health", declaredAt);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into declarations_health (id, declared_at, qid, declared_by, app_id, client_id,
                            symptoms, contact_with_confirmed_case, places_visited)
                        values (:id, :at, :qid, 'HOLDER_APP', :app, 'app-test', '{FEVER}', false, '[]')""")
                .param("id", id).param("at", OffsetDateTime.ofInstant(declaredAt, ZoneOffset.UTC)).param("qid", qid)
                .param("app", UUID.randomUUID()).update();
        return id;
    }

    private long count(String table, UUID id) {
        return jdbc.sql("select count(*) from " + table + " where id = :id").param("id", id).query(Long.class)
                .single();
    }

    private static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
