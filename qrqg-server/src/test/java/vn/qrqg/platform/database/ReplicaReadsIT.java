package vn.qrqg.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.TestExecutionListeners;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.issuance.citizens.CitizensTestSupport;
import vn.qrqg.venues.TestVenues;

/**
 * The platform with a real streaming replica ({@code QRQG_DB_READ_URL}, docs/operations.md, "Read
 * replicas"), made by bin/lib/replica.sh from the machine's PostgreSQL binaries; skipped, saying
 * so, without them. The public pages are answered from the replica (a change it has not replayed
 * yet does not show); a scan's SUPERSEDED check is the primary's while the replica lags; and with
 * the replica stopped its reads fall back to the primary, counted. Its own application context on
 * its own databases, closed after the class, before they stop ({@link StopDatabasesLast}).
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestExecutionListeners(listeners = ReplicaReadsIT.StopDatabasesLast.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaReadsIT extends CitizensTestSupport {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CATCH_UP = Duration.ofSeconds(10);
    private static ReplicaCluster cluster;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ReplicaReads replicaReads;

    @BeforeAll
    static void startPrimaryAndReplica() throws Exception {
        String unavailable = ReplicaCluster.unavailableBecause();
        assumeTrue(unavailable == null, () -> "ReplicaReadsIT skipped: " + unavailable);
        cluster = ReplicaCluster.start();
    }

    @DynamicPropertySource
    static void databases(DynamicPropertyRegistry registry) {
        for (String key : List.of("url", "user", "password", "owner-user", "owner-password", "read-url")) {
            String variable = "QRQG_DB_" + key.toUpperCase().replace('-', '_');
            registry.add("qrqg.database." + key, () -> cluster.env(variable));
        }
        registry.add("qrqg.database.pool-size", () -> "8");
        registry.add("qrqg.database.read-pool-size", () -> "4");
        registry.add("qrqg.identity.seed-size", () -> "0");
        registry.add("qrqg.health.seed-size", () -> "0");
    }

    /**
     * Stops the databases once the class's context is closed: listeners' {@code afterTestClass}
     * run in reverse order, so this one (order 0) runs after {@code @DirtiesContext}'s (3000).
     */
    static final class StopDatabasesLast implements TestExecutionListener, Ordered {
        @Override
        public int getOrder() {
            return 0;
        }

        @Override
        public void afterTestClass(TestContext testContext) throws Exception {
            if (cluster != null) {
                cluster.stop();
            }
        }
    }

    @Test
    @Order(1)
    void theRiskMapAndAVenuePageAreAnsweredFromTheReplicaAndCatchUpWithIt() throws Exception {
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Phở Bản Sao", "restaurant");
        await(() -> get("/v/" + venue.venueCode()).statusCode() == 200);
        assertThat(readConnectionsOnTheReplica()).as("the read pool's sessions on the replica").isNotEmpty();

        cluster.pauseReplay();
        jdbc.sql("update venues_venue set name = 'Phở Mới' where venue_code = :code").param("code", venue.venueCode())
                .update();
        jdbc.sql("""
                        insert into risk_level (assessed_on, code, computed_level, computed_since, cases, population,
                                                coverage, capacity_met, criteria, computed_at)
                        values ('2022-03-01', '01', 2, '2022-03-01', 3, 1000, '[]', true, 'VN-1', now())""")
                .update();

        assertThat(get("/v/" + venue.venueCode()).body()).contains("Phở Bản Sao").doesNotContain("Phở Mới");
        assertThat(JSON.readTree(get("/api/v1/venues/" + venue.venueCode()).body()).path("name").asString())
                .isEqualTo("Phở Bản Sao");
        JsonNode levels = JSON.readTree(get("/api/v1/risk/levels?date=2022-03-01&provinceCode=01").body());
        assertThat(levels.path("assessedOn").isNull()).as("the replica has not replayed the assessment: " + levels)
                .isTrue();

        cluster.resumeReplay();
        await(() -> get("/v/" + venue.venueCode()).body().contains("Phở Mới"));
    }

    @Test
    @Order(2)
    void aSupersededQrScansSupersededAtOnceWhileTheReplicaLags() throws Exception {
        Person person = registered("Trần Thị Bản", 1990, Gender.FEMALE);
        String issuer = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        JsonNode first = issued(issuer, person.body("\"phone\":\"0912000001\""));
        String qid = first.path("qid").asString();
        await(() -> versionsOnTheReplica(qid) == 1);

        cluster.pauseReplay();
        try {
            JsonNode second = reissuedByHolder(issuer, first, person.body("\"phone\":\"0912000002\""));
            assertThat(versionsOnTheReplica(qid)).as("the replica lags: it has not the new version").isEqualTo(1);

            String police = TestClients.certifiedApp(port, Scopes.SCAN_POLICE).token(port, Scopes.SCAN_POLICE);
            assertThat(scanned(police, first.path("qr").path("full").asString()).path("outcome").asString())
                    .isEqualTo("SUPERSEDED");
            assertThat(scanned(police, second.path("qr").path("full").asString()).path("outcome").asString())
                    .isEqualTo("VALID");
        } finally {
            cluster.resumeReplay();
        }
    }

    @Test
    @Order(3)
    void aReadOnAReplicaConnectionClosedUnderThePoolIsAnsweredByThePrimary() throws Exception {
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Quán Ngắt Kết Nối", "restaurant");
        await(() -> venueNameOnTheReplica(venue.venueCode()) != null);
        long lastUsed = System.nanoTime();
        double before = fallbacks();

        try (Connection replica = cluster.replicaAsSuperuser(); Statement statement = replica.createStatement()) {
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'qrqg-read'");
            await(() -> readConnectionsOnTheReplica().isEmpty());
        }

        // the pool hands this thread the connection it used last, unchecked if used within 500 ms: closed now
        assertThat(venueNameOnTheReplica(venue.venueCode())).isEqualTo("Quán Ngắt Kết Nối");
        if (Duration.ofNanos(System.nanoTime() - lastUsed).toMillis() < 500) {
            assertThat(fallbacks()).as("the read that failed under the pool, answered by the primary")
                    .isGreaterThan(before);
        } // else the pool checked the connection first and opened a new one on the replica
        HttpResponse<String> page = get("/v/" + venue.venueCode());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void withTheReplicaStoppedItsReadsFallBackToThePrimaryAndAreCounted() throws Exception {
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Quán Dự Phòng", "restaurant");
        double before = fallbacks();

        cluster.stopReplica();

        HttpResponse<String> page = get("/v/" + venue.venueCode());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Quán Dự Phòng");
        HttpResponse<String> apps = get("/api/v1/apps/certified");
        assertThat(apps.statusCode()).as(apps.body()).isEqualTo(200);
        assertThat(get("/api/v1/risk/levels?date=2022-03-02").statusCode()).isEqualTo(200);
        assertThat(fallbacks()).isGreaterThanOrEqualTo(before + 3);
    }

    private JsonNode scanned(String scanner, String text) throws Exception {
        HttpResponse<String> response = TestClients.send(port, "POST", "/api/v1/scans", scanner,
                JSON.writeValueAsString(Map.of("text", text)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Through the platform's own replica reads, on this thread, so its pooled connection is this thread's again. */
    private String venueNameOnTheReplica(String venueCode) {
        return replicaReads.jdbc().sql("select name from venues_venue where venue_code = :code").param("code", venueCode)
                .query(String.class).optional().orElse(null);
    }

    private double fallbacks() {
        var counter = meters.find(ReplicaOrPrimary.FALLBACKS).counter();
        return counter == null ? 0 : counter.count();
    }

    private long versionsOnTheReplica(String qid) throws Exception {
        try (Connection replica = cluster.replicaAsSuperuser();
                var statement = replica.prepareStatement("select count(*) from issuance_qr where qid = ?")) {
            statement.setString(1, qid);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The application names of the replica's client sessions that are the platform's read pool. */
    private List<String> readConnectionsOnTheReplica() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection replica = cluster.replicaAsSuperuser(); Statement statement = replica.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select application_name from pg_stat_activity where application_name = 'qrqg-read'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** Until {@code condition} holds, at most {@link #CATCH_UP}: the replica's lag on loopback is far shorter. */
    private static void await(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("not within " + CATCH_UP).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
