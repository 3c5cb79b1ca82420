package vn.qrqg.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.platform.PublishedEvents;

/**
 * What the change feed hears of health (issue 21): records stored for a person, and their card's
 * colour changed, by records, by time at its validUntil, by their province's rules; only for people
 * an app holds a token for. Gia Lai (52) and Đắk Lắk (66) are this test's alone.
 */
class CardChangesIT extends HealthTestSupport {
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublishedEvents events;

    @Autowired
    AdministrativeAreas areas;

    @Test
    void aSecondDoseThatMakesTheCardGreenIsOneRecordsChangeAndOneCardChange() throws Exception {
        Person person = livingIn(communeOf("66"), 1961);
        pushed(VACCINATIONS, vaccination(person, "2021-09-01", 1, "EU/1/20/1528"));
        String qid = qidOf(person);
        assertThat(awaitState(qid)).isEqualTo("YELLOW");
        assertThat(recordsChanges(qid)).as("records stored before the QR: nobody's app to tell").isEmpty();

        String secondDose = vaccination(person, "2021-10-01", 2, "EU/1/20/1528");
        pushed(VACCINATIONS, secondDose);

        assertThat(recordsChanges(qid)).singleElement().satisfies(changed ->
                assertThat(changed.kinds()).isEqualTo(Set.of("vaccinations")));
        assertThat(cardChanges(qid)).singleElement().satisfies(changed -> {
            assertThat(changed.colour()).isEqualTo("GREEN");
            assertThat(changed.previousColour()).isEqualTo("YELLOW");
            assertThat(changed.validUntil()).isNull();
        });
        assertThat(state(qid)).contains("GREEN");

        HttpResponse<String> again = push(VACCINATIONS, secondDose);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(recordsChanges(qid)).as("a replay stores nothing, so tells nothing").hasSize(1);
        assertThat(cardChanges(qid)).hasSize(1);
    }

    @Test
    void aBatchWithSeveralRecordsOfOnePersonIsOneRecordsChange() throws Exception {
        Person person = livingIn(communeOf("66"), 1962);
        String qid = qidOf(person);
        awaitState(qid);

        HttpResponse<String> batch = push(TESTS, "{\"items\":[" + test(person, "PCR", hoursAgo(30), "NEGATIVE") + ","
                + test(person, "RAPID_ANTIGEN", hoursAgo(20), "NEGATIVE") + ",{\"sourceId\":\"bad\"}]}");
        assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);

        assertThat(recordsChanges(qid)).singleElement().satisfies(changed ->
                assertThat(changed.kinds()).isEqualTo(Set.of("tests")));
        assertThat(cardChanges(qid)).singleElement().satisfies(changed -> {
            assertThat(changed.colour()).isEqualTo("YELLOW");
            assertThat(changed.previousColour()).isEqualTo("RED");
        });
    }

    @Test
    void aCardChangesWhenItsValidUntilHasPassed() throws Exception {
        Person person = somebody(1963);
        String qid = qidOf(person);
        assertThat(awaitState(qid)).isEqualTo("RED");
        Instant sampled = hoursAgo(2);
        pushed(TESTS, test(person, "PCR", sampled, "NEGATIVE"));
        Instant validUntil = sampled.plus(72, ChronoUnit.HOURS);
        assertThat(cardChanges(qid)).singleElement().satisfies(changed -> {
            assertThat(changed.colour()).isEqualTo("YELLOW");
            assertThat(changed.validUntil()).isEqualTo(validUntil);
        });

        clock.set(validUntil);
        Thread.sleep(2_500); // two runs of the watch (every second in tests)
        assertThat(cardChanges(qid)).as("the colour holds through its last second").hasSize(1);

        clock.set(validUntil.plusSeconds(1));
        List<CardChanged> changes = await(() -> cardChanges(qid), found -> found.size() == 2);
        assertThat(changes.getLast().colour()).isEqualTo("RED");
        assertThat(changes.getLast().previousColour()).isEqualTo("YELLOW");
        assertThat(changes.getLast().at()).isEqualTo(validUntil.plusSeconds(1));
        // the event is heard when published, before the watch's transaction commits the state
        assertThat(await(() -> state(qid), found -> found.filter("RED"::equals).isPresent())).contains("RED");
    }

    @Test
    void newRulesOfAProvinceChangeTheCardsOfThoseWhoseColourTheyChangeAndNoOthers() throws Exception {
        Person vaccinated = livingIn(communeOf("52"), 1964);
        Person unvaccinated = livingIn(communeOf("52"), 1965);
        pushed(VACCINATIONS, vaccination(vaccinated, "2021-09-01", 1, "EU/1/21/1529"));
        String greener = qidOf(vaccinated);
        String same = qidOf(unvaccinated);
        assertThat(awaitState(greener)).isEqualTo("YELLOW");
        assertThat(awaitState(same)).isEqualTo("RED");

        HttpResponse<String> upload = putRules("52", """
                {"rules":[{"colour":"GREEN","label":"one dose","conditions":[{"type":"VACCINATED","doses":1,"days":14}]},
                          {"colour":"RED","conditions":[]}]}""");
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        // due once every instance has read the rules; then the clock is put there
        Instant due = await(() -> dueAt(greener), at -> at.isBefore(Instant.now().plus(Duration.ofDays(1))));
        assertThat(dueAt(same)).isEqualTo(due);
        clock.set(due);

        List<CardChanged> changes = await(() -> cardChanges(greener), found -> !found.isEmpty());
        assertThat(changes).singleElement().satisfies(changed -> {
            assertThat(changed.colour()).isEqualTo("GREEN");
            assertThat(changed.previousColour()).isEqualTo("YELLOW");
        });
        await(() -> evaluatedAt(same), at -> !at.isBefore(due));
        assertThat(cardChanges(same)).as("red under both rules").isEmpty();
    }

    @Test
    void aPersonNoAppHoldsATokenForHasNoStateAndNoCardChange() throws Exception {
        Person withoutQr = livingIn(communeOf("66"), 1966);
        int before = events.of(HealthRecordsChanged.class).size();
        pushed(VACCINATIONS, vaccination(withoutQr, "2021-09-01", 1, "EU/1/20/1525"));
        assertThat(events.of(HealthRecordsChanged.class)).as("no QID: nobody to name").hasSize(before);

        Person revoked = livingIn(communeOf("66"), 1967);
        String app = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        JsonNode qr = issued(app, revoked.body(null));
        String qid = qr.path("qid").asString();
        awaitState(qid);
        assertThat(asHolder("DELETE", "/api/v1/holder-tokens/current", app, qr.path("holderToken").asString())
                .statusCode()).isEqualTo(204);

        pushed(VACCINATIONS, vaccination(revoked, "2021-09-01", 1, "EU/1/20/1525"));
        assertThat(state(qid)).as("dropped when evaluated: no app acts for them").isEmpty();
        assertThat(cardChanges(qid)).isEmpty();
        assertThat(recordsChanges(qid)).as("apps reading everyone's records (health:read) still hear of them")
                .hasSize(1);
    }

    @Test
    void theWatchStartsTheStatesOfPeopleWithATokenAndDropsThoseOfPeopleWithoutOne() throws Exception {
        Person person = livingIn(communeOf("66"), 1968);
        String app = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        JsonNode qr = issued(app, person.body(null));
        String qid = qr.path("qid").asString();
        awaitState(qid);

        // as for someone who held a token before states were kept
        jdbc.sql("delete from health_card_state where qid = :qid").param("qid", qid).update();
        assertThat(awaitState(qid)).as("started again by the sweep of holders").isEqualTo("RED");

        assertThat(asHolder("DELETE", "/api/v1/holder-tokens/current", app, qr.path("holderToken").asString())
                .statusCode()).isEqualTo(204);
        await(() -> state(qid), Optional::isEmpty);
        assertThat(cardChanges(qid)).isEmpty();
    }

    @Test
    void theAppHoldingThePersonReadsBothChangesInItsChangeFeed() throws Exception {
        Person person = livingIn(communeOf("66"), 1963);
        pushed(VACCINATIONS, vaccination(person, "2021-09-01", 1, "EU/1/20/1528"));
        String app = TestClients.certifiedApp(port, Scopes.QR_ISSUE, Scopes.FEED_READ)
                .token(port, Scopes.QR_ISSUE + " " + Scopes.FEED_READ);
        String qid = issued(app, person.body(null)).path("qid").asString();
        assertThat(awaitState(qid)).isEqualTo("YELLOW");

        pushed(VACCINATIONS, vaccination(person, "2021-10-01", 2, "EU/1/20/1528"));

        java.util.Map<String, JsonNode> read = new java.util.HashMap<>();
        String cursor = "0";
        for (int call = 0; call < 10 && read.size() < 2; call++) {
            HttpResponse<String> page = TestClients.send(port, "GET", "/api/v1/feed?wait=5s&after=" + cursor, app, null);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            JsonNode answer = TestClients.json(page.body());
            answer.path("items").forEach(item -> read.put(item.path("type").asString(), item));
            cursor = answer.path("next").asString();
        }
        assertThat(read.keySet()).containsExactlyInAnyOrder("HEALTH_RECORDS_CHANGED", "CARD_CHANGED");
        assertThat(read.get("HEALTH_RECORDS_CHANGED").path("qid").asString()).isEqualTo(qid);
        assertThat(read.get("HEALTH_RECORDS_CHANGED").path("data").path("kinds").get(0).asString()).isEqualTo("vaccinations");
        assertThat(read.get("CARD_CHANGED").path("data").path("colour").asString()).isEqualTo("GREEN");
        assertThat(read.get("CARD_CHANGED").path("data").path("previousColour").asString()).isEqualTo("YELLOW");
    }

    /** The person's QID, issued through an app that gets a holder token for them. */
    private String qidOf(Person person) throws Exception {
        return issued(tokenOfCertifiedApp(Scopes.QR_ISSUE), person.body(null)).path("qid").asString();
    }

    private String communeOf(String provinceCode) {
        List<AdministrativeAreas.Commune> communes = areas.communesOf(provinceCode);
        return communes.get(Math.floorMod(java.util.UUID.randomUUID().hashCode(), communes.size())).code();
    }

    private static Instant hoursAgo(int hours) {
        return Instant.now().minus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    private List<CardChanged> cardChanges(String qid) {
        return events.of(CardChanged.class).stream().filter(changed -> changed.qid().equals(new Qid(qid))).toList();
    }

    private List<HealthRecordsChanged> recordsChanges(String qid) {
        return events.of(HealthRecordsChanged.class).stream().filter(changed -> changed.qid().equals(new Qid(qid)))
                .toList();
    }

    /** The colour stored for the person once the QR's listener has started watching their card. */
    private String awaitState(String qid) throws InterruptedException {
        return await(() -> state(qid), Optional::isPresent).orElseThrow();
    }

    private Optional<String> state(String qid) {
        return jdbc.sql("select colour from health_card_state where qid = :qid").param("qid", qid)
                .query(String.class).optional();
    }

    private Instant dueAt(String qid) {
        return jdbc.sql("select due_at from health_card_state where qid = :qid").param("qid", qid)
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private Instant evaluatedAt(String qid) {
        return jdbc.sql("select evaluated_at from health_card_state where qid = :qid").param("qid", qid)
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private static <T> T await(Supplier<T> value, java.util.function.Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T found = value.get();
        while (!done.test(found) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = value.get();
        }
        assertThat(done.test(found)).as("in time: " + found).isTrue();
        return found;
    }
}
