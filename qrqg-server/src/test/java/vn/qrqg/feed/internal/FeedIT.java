package vn.qrqg.feed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.feed.FeedProperties;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.issuance.citizens.CitizensTestSupport;
import vn.qrqg.platform.database.Notifications;

/**
 * The change feed over real HTTP, as two app teams use it: each app sees the new QR of its own
 * people and nobody else's; a long poll wakes on a change; a holder token revoked stops the
 * person's items at once, already written ones too; nothing is lost while the sequencer is down.
 */
class FeedIT extends CitizensTestSupport {
    private static final String SCOPES = Scopes.QR_ISSUE + " " + Scopes.FEED_READ;

    @Autowired
    FeedSequencer sequencer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FeedRepository repository;

    @Autowired
    HolderTokens holderTokens;

    @Autowired
    AuditTrail audit;

    @Autowired
    FeedProperties properties;

    @Autowired
    Notifications notifications;

    /** Else the graceful shutdown waits for every long poll's wait, and an app's back end for its answer. */
    @Test
    void aLongPollAnswersAtOnceWithNothingNewWhenThePlatformStops() throws Exception {
        FeedSignal signal = new FeedSignal(notifications); // this test's own: the shared platform keeps running
        FeedReader reader = new FeedReader(repository, signal, holderTokens, audit, properties);
        CallingClient app = new CallingClient(UUID.randomUUID(), "feed-stopping", Set.of(Scopes.FEED_READ), null,
                Set.of(), null);
        CompletableFuture<FeedReader.Page> poll = CompletableFuture.supplyAsync(() -> {
            try {
                return reader.read(app, 0, 10, Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        assertThat(poll).as("the poll waits for an item").isNotDone();

        signal.closing();

        FeedReader.Page page = poll.get(10, TimeUnit.SECONDS);
        assertThat(page.items()).isEmpty();
        assertThat(page.next()).as("the same cursor, for the app to poll again").isEqualTo("0");
    }

    @Test
    void eachAppSeesTheNewQrOfItsOwnPeopleAndNobodyElses() throws Exception {
        Feed a = new Feed(TestClients.certifiedApp(port, Scopes.QR_ISSUE, Scopes.FEED_READ).token(port, SCOPES));
        Feed b = new Feed(TestClients.certifiedApp(port, Scopes.QR_ISSUE, Scopes.FEED_READ).token(port, SCOPES));
        Person first = registered("Đặng Văn Lâm", 1931, Gender.MALE);
        Person second = registered("Đặng Thị Lan", 1932, Gender.FEMALE);
        JsonNode ofA = issued(a.token, first.body(null));
        JsonNode ofB = issued(b.token, second.body(null));

        JsonNode reissued = reissuedByHolder(a.token, ofA, first.body("\"phone\":\"0912000111\""));
        reissuedByHolder(b.token, ofB, second.body("\"phone\":\"0912000112\""));

        JsonNode item = a.next("QR_REISSUED");
        assertThat(item.path("qid").asString()).isEqualTo(ofA.path("qid").asString());
        assertThat(item.path("eventId").asString()).hasSize(36);
        assertThat(item.path("data").path("version").asInt()).isEqualTo(2);
        assertThat(item.path("data").path("forms").path("masked").asString()).isEqualTo(reissued.path("qr").path("masked").asString());
        assertThat(item.path("data").path("forms").path("full").asString()).isEqualTo(reissued.path("qr").path("full").asString());
        assertThat(a.seen).as("A never sees B's person").noneMatch(seen -> seen.path("qid").asString()
                .equals(ofB.path("qid").asString()));
        b.next("QR_REISSUED");
        assertThat(b.seen).as("B never sees A's person").noneMatch(seen -> seen.path("qid").asString()
                .equals(ofA.path("qid").asString()));
        assertThat(jdbc.sql("select count(*) from feed_item where position(:name::bytea in data_sealed) > 0")
                .param("name", "DANG VAN LAM".getBytes(StandardCharsets.UTF_8)).query(Long.class).single())
                .as("the QR in the feed is sealed at rest").isZero();
        assertThat(jdbc.sql("select count(*) from feed_item where event_id = :id::uuid").param("id", item.path("eventId").asString())
                .query(Long.class).single()).as("the item was there to look for").isEqualTo(1L);
    }

    @Test
    void aLostPhoneReportedInOneAppReachesTheOtherAppAsRevokedThenTheNewQr() throws Exception {
        Feed a = new Feed(TestClients.certifiedApp(port, Scopes.QR_ISSUE, Scopes.FEED_READ).token(port, SCOPES));
        Feed b = new Feed(TestClients.certifiedApp(port, Scopes.QR_ISSUE, Scopes.FEED_READ).token(port, SCOPES));
        Person person = registered("Mai Thị Thu", 1936, Gender.FEMALE);
        JsonNode viaA = issued(a.token, person.body(null));
        JsonNode viaB = issued(b.token, person.body(null));
        a.drain();
        String qid = viaB.path("qid").asString();

        HttpResponse<String> lost = postAsHolder("/api/v1/citizens/" + qid + "/qr/revocation", b.token,
                viaB.path("holderToken").asString(), "{\"reason\":\"LOST_DEVICE\"}");
        assertThat(lost.statusCode()).as(lost.body()).isEqualTo(200);
        JsonNode current = TestClients.json(lost.body()).path("current");

        JsonNode revoked = a.next("QR_REVOKED");
        assertThat(revoked.path("qid").asString()).isEqualTo(viaA.path("qid").asString());
        assertThat(revoked.path("data").path("reason").asString()).isEqualTo("LOST_DEVICE");
        JsonNode reissued = a.next("QR_REISSUED");
        assertThat(reissued.path("data").path("version").asInt()).isEqualTo(current.path("version").asInt())
                .isEqualTo(revoked.path("data").path("version").asInt() + 1);
        assertThat(reissued.path("data").path("forms").path("masked").asString())
                .isEqualTo(current.path("qr").path("masked").asString());
    }

    @Test
    void aLongPollWakesWhenAChangeArrives() throws Exception {
        Feed a = new Feed(TestClients.certifiedApp(port, Scopes.QR_ISSUE, Scopes.FEED_READ).token(port, SCOPES));
        Person person = registered("Hồ Văn Mạnh", 1933, Gender.MALE);
        JsonNode issued = issued(a.token, person.body(null));
        a.drain();
        long asked = System.nanoTime();
        CompletableFuture<JsonNode> waiting = CompletableFuture.supplyAsync(() -> a.call("wait=8s"));
        Thread.sleep(500);
        assertThat(waiting).as("nothing new yet: it waits").isNotDone();
        reissuedByHolder(a.token, issued, person.body("\"phone\":\"0912000113\""));
        JsonNode page = waiting.get();
        assertThat((System.nanoTime() - asked) / 1_000_000_000L).as("woken by the change, not by the end of the wait")
                .isLessThan(7);
        assertThat(page.path("items").get(0).path("type").asString()).isEqualTo("QR_REISSUED");
    }

    @Test
    void aRevokedHolderTokenStopsThePersonsItemsAtOnceEvenThoseWrittenAlready() throws Exception {
        Feed a = new Feed(TestClients.certifiedApp(port, Scopes.QR_ISSUE, Scopes.FEED_READ).token(port, SCOPES));
        Feed b = new Feed(TestClients.certifiedApp(port, Scopes.QR_ISSUE, Scopes.FEED_READ).token(port, SCOPES));
        Person person = registered("Vũ Thị Nhung", 1934, Gender.FEMALE);
        JsonNode viaA = issued(a.token, person.body(null));
        JsonNode viaB = issued(b.token, person.body(null));
        a.drain();
        reissuedByHolder(b.token, viaB, person.body("\"phone\":\"0912000114\""));
        b.next("QR_REISSUED"); // written for both apps by now
        String qid = viaB.path("qid").asString();
        String holderOfA = holders(b.token, viaB.path("holderToken").asString(), qid).stream()
                .filter(holder -> !holder.path("current").asBoolean()).findFirst().orElseThrow().path("holderId").asString();
        HttpResponse<byte[]> revoked = asHolder("DELETE", "/api/v1/citizens/" + qid + "/holders/" + holderOfA, b.token,
                viaB.path("holderToken").asString());
        assertThat(revoked.statusCode()).as(new String(revoked.body(), StandardCharsets.UTF_8)).isEqualTo(204);

        JsonNode told = a.next("HOLDER_REVOKED");
        assertThat(told.path("data").path("holderId").asString()).isEqualTo(holderOfA);
        assertThat(a.seen).as("the QR written before the revocation is not read after it")
                .noneMatch(seen -> seen.path("type").asString().equals("QR_REISSUED"));
        assertThat(viaA.path("qid").asString()).isEqualTo(qid);
    }

    @Test
    void changesMadeWhileTheSequencerIsDownReachTheFeedWhenItIsBack() throws Exception {
        Feed a = new Feed(TestClients.certifiedApp(port, Scopes.QR_ISSUE, Scopes.FEED_READ).token(port, SCOPES));
        Person person = registered("Lò Văn Páo", 1935, Gender.MALE);
        JsonNode issued = issued(a.token, person.body(null));
        a.drain();
        sequencer.stop();
        try {
            reissuedByHolder(a.token, issued, person.body("\"phone\":\"0912000115\""));
            assertThat(a.call("wait=1s").path("items")).as("not sequenced yet").isEmpty();
            assertThat(jdbc.sql("select count(*) from feed_pending where qid = :qid").param("qid", issued.path("qid").asString())
                    .query(Long.class).single()).as("kept, committed with the change").isEqualTo(1L);
        } finally {
            sequencer.start();
        }
        assertThat(a.next("QR_REISSUED").path("qid").asString()).isEqualTo(issued.path("qid").asString());
    }

    @Test
    void aBadCursorLimitOrWaitIsNamedAndAnAppWithoutTheScopeIsRefused() throws Exception {
        Feed a = new Feed(TestClients.certifiedApp(port, Scopes.FEED_READ).token(port, Scopes.FEED_READ));
        HttpResponse<String> bad = TestClients.send(port, "GET", "/api/v1/feed?after=x&limit=501&wait=31s", a.token, null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(TestClients.json(bad.body()).path("errors").findValuesAsString("field")).containsExactly("after", "limit", "wait");
        String other = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        assertThat(TestClients.send(port, "GET", "/api/v1/feed", other, null).statusCode()).isEqualTo(403);
    }

    private List<JsonNode> holders(String appToken, String holderToken, String qid) throws Exception {
        HttpResponse<byte[]> response = asHolder("GET", "/api/v1/citizens/" + qid + "/holders", appToken, holderToken);
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        json(response).path("items").forEach(list::add);
        if (list.isEmpty()) {
            json(response).forEach(list::add);
        }
        return list;
    }

    /** One app reading its feed from where it last stopped, as an app team's client would. */
    private final class Feed {
        final String token;
        final List<JsonNode> seen = new ArrayList<>();
        String cursor = "";
        int consumed;

        Feed(String token) {
            this.token = token;
        }

        /** Reads up to now, keeping the cursor. */
        void drain() {
            while (!call("limit=500").path("items").isEmpty()) {
                seen.clear();
            }
            seen.clear();
            consumed = 0;
        }

        /**
         * The next item of {@code type} after the last one returned, reading on (long-polling) when
         * it is not among those read already; at most 20 calls.
         */
        JsonNode next(String type) {
            for (int call = 0; call <= 20; call++) {
                for (int i = consumed; i < seen.size(); i++) {
                    if (seen.get(i).path("type").asString().equals(type)) {
                        consumed = i + 1;
                        return seen.get(i);
                    }
                }
                if (call < 20) {
                    call("wait=5s");
                }
            }
            throw new AssertionError("no " + type + " in the feed; saw " + seen);
        }

        JsonNode call(String query) {
            try {
                HttpResponse<String> response = TestClients.send(port, "GET", "/api/v1/feed?" + query
                        + (cursor.isEmpty() ? "" : "&after=" + cursor), token, null);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                JsonNode page = TestClients.json(response.body());
                cursor = page.path("next").asString();
                page.path("items").forEach(seen::add);
                return page;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
