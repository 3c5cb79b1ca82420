package vn.qrqg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.qrqg.QrqgServer;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.codec.personal.PersonalQrContent;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.codec.personal.QrForm;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.issuance.SigningKeys;
import vn.qrqg.platform.database.DatabaseProperties;
import vn.qrqg.platform.database.EmbeddedDatabase;
import vn.qrqg.platform.database.OnceAcrossInstances;
import vn.qrqg.platform.housekeeping.Housekeeping;
import vn.qrqg.platform.secrets.KeyEncryptionKeys;

/**
 * A second platform instance, in this JVM, on the shared context's database: what one instance
 * changes, the other acts on at once (PostgreSQL notifications), well before the time-to-live it
 * is given here (ten minutes), and scheduled work runs on one of them at a time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class TwoInstancesIT extends PlatformTestSupport {
    /** What "at once" means here: the notification's round trip, with room for a busy machine. */
    private static final Duration AT_ONCE = Duration.ofSeconds(5);

    @Autowired
    PlatformProperties platform;
    @Autowired
    DatabaseProperties database;
    @Autowired
    ObjectProvider<EmbeddedDatabase> embedded;
    @Autowired
    SigningKeys signingKeys;
    @Autowired
    OnceAcrossInstances once;
    @Autowired
    InstanceId instance;
    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    DataSource dataSource;

    private ConfigurableApplicationContext second;
    private int secondPort;

    @BeforeAll
    void startTheSecondInstance() throws Exception {
        Map<String, Object> settings = new java.util.HashMap<>(Map.of(
                "server.port", "0",
                "qrqg.instance-id", "second",
                "qrqg.data-dir", Files.createTempDirectory("qrqg-second-").toString(),
                "qrqg.key-encryption-key", keyEncryptionKey(),
                "qrqg.identity.seed-size", "0",
                "qrqg.health.seed-size", "0",
                // far longer than any wait below: only a notification can explain a change seen in time
                "qrqg.clients.status-cache-time-to-live", "10m",
                "qrqg.scanning.trust-list-refresh-interval", "10m",
                "qrqg.issuance.active-key-check-interval", "10m"));
        EmbeddedDatabase local = embedded.getIfAvailable();
        settings.put("qrqg.database.url", local != null ? local.app().url() : database.url());
        settings.put("qrqg.database.user", local != null ? local.app().user() : database.user());
        settings.put("qrqg.database.password", local != null ? local.app().password() : database.password());
        settings.put("qrqg.database.owner-user", local != null ? local.owner().user() : nonNull(database.ownerUser()));
        settings.put("qrqg.database.owner-password",
                local != null ? local.owner().password() : nonNull(database.ownerPassword()));
        settings.put("qrqg.database.pool-size", "8");
        // as arguments, which outrank application.yml's ${QRQG_…} (default properties would not)
        String[] arguments = settings.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(QrqgServer.class);
        // one logging system per JVM: the first instance's; the second must not reset it, nor close it
        builder.application().setListeners(builder.application().getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
        second = builder.run(arguments);
        secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
    }

    @AfterAll
    void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void eachInstanceNamesItselfInItsMetricsAndLogLines(CapturedOutput output) throws Exception {
        assertThat(get("/actuator/prometheus").body()).contains("instance=\"" + instance.value() + "\"");
        assertThat(TestClients.send(secondPort, "GET", "/actuator/prometheus", null, null).body())
                .contains("instance=\"second\"").doesNotContain("instance=\"" + instance.value() + "\"");
        LoggerFactory.getLogger(TwoInstancesIT.class).info("a line of the first instance");
        assertThat(output.getAll()).containsPattern("INFO \\[" + instance.value() + "\\] .*a line of the first instance");
    }

    @Test
    void anAppSuspendedThroughOneInstanceIsRefusedByTheOtherAtOnce() throws Exception {
        TestClients.CertifiedApp app = TestClients.certifiedApp(port, Scopes.SCAN_VENUE);
        String token = app.token(port, Scopes.SCAN_VENUE);
        assertThat(TestClients.send(secondPort, "GET", "/api/v1/apps/me", token, null).statusCode())
                .as("the second instance now holds the app as certified, for ten minutes").isEqualTo(200);

        HttpResponse<String> suspended = TestClients.send(port, "POST", "/api/v1/admin/apps/" + app.appId() + "/status",
                TestClients.adminToken(port), "{\"status\":\"SUSPENDED\"}");
        assertThat(suspended.statusCode()).isEqualTo(200);

        HttpResponse<String> refused = within(AT_ONCE, () -> send(secondPort, "/api/v1/apps/me", token),
                response -> response.statusCode() == 401);
        assertThat(TestClients.json(refused.body()).path("appStatus").asString()).isEqualTo("SUSPENDED");
    }

    @Test
    void aKeyRevokedThroughOneInstanceMakesTheOtherRefuseItsQrsAtOnce() throws Exception {
        String kid = signingKeys.rotate().active().kid();
        String qr = PersonalQrContent.of(DocumentNumber.parse(TestPeople.cccdNumber(1931, Gender.MALE)), "Bui Van Hai",
                BirthDate.parse("1931-03-04"), Qid.generate(), null, Gender.MALE, null, null)
                .sign(QrForm.FULL, signingKeys.activeSigner());
        assertThat(qr).contains(kid);
        String police = TestClients.certifiedApp(port, Scopes.SCAN_POLICE).token(port, Scopes.SCAN_POLICE);
        String body = "{\"text\":\"" + qr.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        assertThat(outcome(TestClients.send(secondPort, "POST", "/api/v1/scans", police, body)))
                .as("a key the second instance trusts, for ten minutes").isEqualTo("NOT_FOUND");

        signingKeys.revoke(kid);

        within(AT_ONCE, () -> TestClients.send(secondPort, "POST", "/api/v1/scans", police, body),
                response -> "REVOKED_KEY".equals(outcome(response)));
    }

    @Test
    void aRunBothInstancesTryAtOnceHappensOnce() throws Exception {
        OnceAcrossInstances secondsLocks = second.getBean(OnceAcrossInstances.class);
        CountDownLatch bothTried = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        List<Housekeeping> housekeepings = List.of(new Waiting(runs, bothTried), new Waiting(runs, bothTried));
        housekeepings.get(0).useLocks(once);
        housekeepings.get(1).useLocks(secondsLocks);

        List<Boolean> ran = new ArrayList<>();
        try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
            List<Future<Boolean>> tries = new ArrayList<>();
            for (Housekeeping housekeeping : housekeepings) {
                tries.add(instances.submit(() -> housekeeping.runNow(Instant.now())));
            }
            // the one that skipped returns while the other still runs
            long deadline = System.nanoTime() + AT_ONCE.toNanos();
            while (tries.stream().noneMatch(Future::isDone) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            bothTried.countDown();
            for (Future<Boolean> attempt : tries) {
                ran.add(attempt.get(10, TimeUnit.SECONDS));
            }
        }
        assertThat(ran).containsExactlyInAnyOrder(true, false);
        assertThat(runs).hasValue(1);
        assertThat(housekeepings.get(0).runNow(Instant.now())).as("the lock was let go").isTrue();
    }

    @Test
    void aPlatformHousekeepingIsSkippedWhileAnotherInstanceHoldsItsTurn() throws Exception {
        Housekeeping resubmission = applicationContext.getBeansOfType(Housekeeping.class).values().stream()
                .filter(bean -> bean.getClass().getSimpleName().equals("EventResubmission")).findFirst().orElseThrow();
        try (Connection elsewhere = dataSource.getConnection(); PreparedStatement lock = elsewhere.prepareStatement(
                "select pg_try_advisory_lock(hashtextextended('qrqg-once:housekeeping:event-resubmission', 0))")) {
            try (ResultSet taken = lock.executeQuery()) {
                assertThat(taken.next() && taken.getBoolean(1)).isTrue();
            }
            assertThat(resubmission.runNow(Instant.now())).as("its turn is taken").isFalse();
            try (PreparedStatement unlock = elsewhere.prepareStatement(
                    "select pg_advisory_unlock(hashtextextended('qrqg-once:housekeeping:event-resubmission', 0))")) {
                unlock.executeQuery().close();
            }
        }
        assertThat(resubmission.runNow(Instant.now())).isTrue();
    }

    /** Runs until both instances have tried. */
    private static final class Waiting extends Housekeeping {
        private final AtomicInteger runs;
        private final CountDownLatch bothTried;

        Waiting(AtomicInteger runs, CountDownLatch bothTried) {
            super("two-instances-test", Duration.ofHours(1));
            this.runs = runs;
            this.bothTried = bothTried;
        }

        @Override
        protected int housekeep(Instant now) {
            runs.incrementAndGet();
            try {
                bothTried.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
    }

    private static HttpResponse<String> send(int port, String path, String token) throws Exception {
        return TestClients.send(port, "GET", path, token, null);
    }

    private static String outcome(HttpResponse<String> scan) {
        return scan.statusCode() == 200 ? TestClients.json(scan.body()).path("outcome").asString() : "HTTP " + scan.statusCode();
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    /** Calls again every 20 ms until the answer is as expected; fails, with the last answer, after {@code bound}. */
    private static HttpResponse<String> within(Duration bound, Call call,
            java.util.function.Predicate<HttpResponse<String>> expected) throws Exception {
        long start = System.nanoTime();
        long deadline = start + bound.toNanos();
        HttpResponse<String> last = call.send();
        while (!expected.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            last = call.send();
        }
        assertThat(expected.test(last)).as("within %s: %s %s", bound, last.statusCode(), last.body()).isTrue();
        LoggerFactory.getLogger(TwoInstancesIT.class).info("The second instance acted on the change {} ms after it",
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        return last;
    }

    private String keyEncryptionKey() throws Exception {
        String configured = platform.keyEncryptionKey();
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return Files.readString(platform.dataDir().resolve(KeyEncryptionKeys.FILE_NAME)).strip();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
