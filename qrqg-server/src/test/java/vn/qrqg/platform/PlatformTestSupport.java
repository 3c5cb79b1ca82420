package vn.qrqg.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.qrqg.insurance.InsuranceOutage;
import vn.qrqg.platform.database.SchemaOwner;

/**
 * What every integration test shares, so that they all reuse one application context: a
 * fresh data directory per test JVM (a new embedded PostgreSQL), or the external PostgreSQL
 * when {@code QRQG_DB_URL} is set (.ci/run does that once), a clock tests may stop ({@link TestClock}),
 * a social-insurance database they may take down ({@link InsuranceOutage}), and the events the
 * platform published ({@link PublishedEvents}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestClock.Configuration.class, InsuranceOutage.Configuration.class, PublishedEvents.Configuration.class})
public abstract class PlatformTestSupport {

    private static final Path DATA_DIR = temporaryDataDir();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    @Autowired
    private SchemaOwner schemaOwner;

    /**
     * SQL as the schema's owner, for what the platform's runtime role (the {@code JdbcClient}
     * bean's) may not do: a test's own tables, a partition of a past day.
     */
    protected JdbcClient asOwner() {
        return JdbcClient.create(schemaOwner.dataSource());
    }

    /** A GET to the running platform over real HTTP. */
    protected HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The SQL state with which PostgreSQL refused {@code statement}; an {@link AssertionError} when it did not. */
    public static String refusalOf(JdbcClient jdbc, String statement) {
        try {
            jdbc.sql(statement).query().listOfRows();
        } catch (DataAccessException refused) {
            if (refused.getMostSpecificCause() instanceof SQLException sql) {
                return sql.getSQLState();
            }
            throw refused;
        }
        throw new AssertionError("PostgreSQL did not refuse: " + statement);
    }

    /** Whether the runtime role is not the schema's owner: always embedded, when configured so with an external database. */
    protected boolean rolesAreSeparate(JdbcClient runtime) {
        String query = "select current_user";
        return !asOwner().sql(query).query(String.class).single().equals(runtime.sql(query).query(String.class).single());
    }

    @DynamicPropertySource
    static void platformProperties(DynamicPropertyRegistry registry) {
        registry.add("qrqg.data-dir", DATA_DIR::toString);
        // the tests' port is drawn once the server listens, after venues read their base URL: the
        // posters say the default port's, which the tests then read back
        registry.add("qrqg.venues.public-base-url", () -> "http://localhost:8080");
        // the COVID cards due (their validUntil passed) evaluated again every second rather than every
        // 30: a test that moves the clock past a card's validUntil sees its CardChanged at once
        registry.add("qrqg.health.card-check-every", () -> "1s");
        // AuditChainIT seals the days it writes itself: the hourly run seals nothing of theirs midway
        registry.add("qrqg.audit.seal-check-interval", () -> "1h");
        // the feed's push tests deliver to a server of their own on 127.0.0.1, failing on purpose:
        // quick retries, and a pause after a few failures
        registry.add("qrqg.feed.push.allow-private-addresses", () -> "true");
        registry.add("qrqg.feed.push.retry-initial", () -> "100ms");
        registry.add("qrqg.feed.push.retry-max", () -> "400ms");
        registry.add("qrqg.feed.push.pause-after", () -> "5");
        registry.add("qrqg.feed.push.poll-every", () -> "200ms");
    }

    private static Path temporaryDataDir() {
        try {
            return Files.createTempDirectory("qrqg-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
