package vn.qrqg.feed.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nats.client.Connection;
import io.nats.client.JetStreamSubscription;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.clients.Apps;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.feed.FeedProperties;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.issuance.citizens.CitizensTestSupport;

/**
 * The change feed published to NATS JetStream, against the NATS server on 127.0.0.1:4222 when one
 * answers with JetStream (skipped otherwise): an app's back end subscribed to its own subject gets
 * the items of its people and nobody else's. The platform's context publishes to no NATS; each
 * test runs a publisher of its own, configured for the server, on the context's beans.
 */
class FeedNatsIT extends CitizensTestSupport {
    private static final String NATS = "nats://127.0.0.1:4222";
    private static final String SCOPES = Scopes.QR_ISSUE + " " + Scopes.FEED_READ;

    @Autowired
    FeedRepository repository;
    @Autowired
    FeedReader reader;
    @Autowired
    FeedSignal signal;
    @Autowired
    Apps apps;
    @Autowired
    JsonMapper json;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    FeedProperties properties;
    @Autowired
    JdbcClient jdbc;

    private FeedNats publisherTo(String url) {
        FeedProperties to = new FeedProperties(properties.retention(), properties.sequencerEvery(), properties.batch(),
                properties.maxWait(), properties.recheckEvery(), properties.push(), new FeedProperties.Nats(url, "", 500));
        return new FeedNats(repository, reader, signal, apps, json, transactions, to);
    }

    @Test
    void anAppsBackEndSubscribedToItsSubjectGetsTheItemsOfItsPeopleOnly() throws Exception {
        Connection backEnd = natsOrSkip();
        try (backEnd) {
            TestClients.CertifiedApp appA = TestClients.certifiedApp(port, Scopes.QR_ISSUE, Scopes.FEED_READ);
            TestClients.CertifiedApp appB = TestClients.certifiedApp(port, Scopes.QR_ISSUE, Scopes.FEED_READ);
            String tokenA = appA.token(port, SCOPES);
            String tokenB = appB.token(port, SCOPES);
            Person ofA = registered("Mùa A Dính", 1951, Gender.MALE);
            Person ofB = registered("Mùa Thị Dợ", 1952, Gender.FEMALE);
            JsonNode issuedA = issued(tokenA, ofA.body(null));
            JsonNode issuedB = issued(tokenB, ofB.body(null));
            FeedNats publisher = publisherTo(NATS);
            publisher.publishOnce(); // the streams exist, and publishing starts from here
            JetStreamSubscription subscribedA = backEnd.jetStream().subscribe(FeedFamily.QR.subject(appA.clientId()));
            JetStreamSubscription subscribedB = backEnd.jetStream().subscribe(FeedFamily.QR.subject(appB.clientId()));
            publisher.start();
            try {
                reissuedByHolder(tokenA, issuedA, ofA.body("\"phone\":\"0912000231\""));
                reissuedByHolder(tokenB, issuedB, ofB.body("\"phone\":\"0912000232\""));

                Message toA = subscribedA.nextMessage(Duration.ofSeconds(20));
                assertThat(toA).as("A's person's new QR reaches A's back end").isNotNull();
                JsonNode item = json.readTree(new String(toA.getData(), StandardCharsets.UTF_8));
                assertThat(item.path("type").asString()).isEqualTo("QR_REISSUED");
                assertThat(item.path("qid").asString()).isEqualTo(issuedA.path("qid").asString());
                assertThat(item.path("data").path("forms").path("full").asString()).isNotEmpty();
                assertThat(item.propertyNames()).containsExactly("eventId", "type", "qid", "at", "data");
                assertThat(toA.getHeaders().getFirst("Nats-Msg-Id")).isEqualTo(item.path("eventId").asString() + ":" + appA.appId());
                Message toB = subscribedB.nextMessage(Duration.ofSeconds(20));
                assertThat(toB).isNotNull();
                assertThat(json.readTree(new String(toB.getData(), StandardCharsets.UTF_8)).path("qid").asString())
                        .isEqualTo(issuedB.path("qid").asString());
                assertThat(subscribedA.nextMessage(Duration.ofSeconds(1))).as("nothing of B's person for A").isNull();
                assertThat(subscribedB.nextMessage(Duration.ofSeconds(1))).as("nothing of A's person for B").isNull();
            } finally {
                publisher.stop();
            }
        }
    }

    @Test
    void itemsNatsDoesNotTakeStayToBePublishedOnceItIsBack() throws Exception {
        FeedNats unreachable = publisherTo("nats://127.0.0.1:1");
        long before = jdbc.sql("select coalesce(max(published_seq), -1) from feed_nats_cursor").query(Long.class).single();
        assertThatThrownBy(unreachable::publishOnce).isInstanceOf(FeedNats.NatsUnavailableException.class);
        assertThat(jdbc.sql("select coalesce(max(published_seq), -1) from feed_nats_cursor").query(Long.class).single())
                .as("the cursor stays where it was").isEqualTo(before);
        unreachable.stop();
    }

    /** A back end's connection to the local NATS server, or the test skipped with the reason. */
    private static Connection natsOrSkip() {
        try {
            Connection connection = Nats.connect(new Options.Builder().server(NATS).connectionTimeout(Duration.ofSeconds(2))
                    .maxReconnects(0).build());
            connection.jetStreamManagement().getAccountStatistics();
            return connection;
        } catch (Exception e) {
            Assumptions.abort("no NATS server with JetStream answers on 127.0.0.1:4222 (" + e.getClass().getSimpleName()
                    + "): start one with `nats-server -js` to run this test (docs/operations.md)");
            return null;
        }
    }
}
