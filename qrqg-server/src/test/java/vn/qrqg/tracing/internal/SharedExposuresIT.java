package vn.qrqg.tracing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.tracing.TestCases;
import vn.qrqg.tracing.TracingTestSupport;

/**
 * One alert per exposure: a person whom two cases traced together found at the same place and
 * times has one alert, which each case lists (its tracers see them); it stands while either case
 * does, and goes with the younger of them. Cases traced apart give an alert each, which the person
 * sees as one. Two cases sat at one table of a café, a neighbour at the next.
 */
class SharedExposuresIT extends TracingTestSupport {
    @Autowired
    ContactTracing tracing;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TracingHousekeeping housekeeping;

    @Test
    void twoCasesTracedTogetherGiveTheirSharedContactOneAlertThatStandsUntilBothAreWithdrawn() throws Exception {
        Table table = table();
        List<UUID> cases = reported(table, table.first(), table.second());
        forget(jdbc, cases);
        Map<UUID, Integer> listed = transactions.execute(status -> tracing.trace(cases));
        assertThat(listed).as("each case lists the neighbour and the other case")
                .containsExactlyInAnyOrderEntriesOf(Map.of(cases.get(0), 2, cases.get(1), 2));

        assertThat(alertsListedBy(cases)).as("the neighbour's one alert, and each case's as the other's contact")
                .isEqualTo(3);
        assertBothListTheNeighbour(table, cases);
        assertThat(alertsOf(table.neighbour())).hasSize(1);

        TestCases.withdrawn(port, table.health(), cases.get(0).toString());
        assertThat(alertsOf(table.neighbour()).get(0).path("withdrawn").asBoolean())
                .as("the other case still stands").isFalse();
        assertThat(alertsOf(table.second()).get(0).path("withdrawn").asBoolean())
                .as("found by the withdrawn case alone").isTrue();
        TestCases.withdrawn(port, table.health(), cases.get(1).toString());
        assertThat(alertsOf(table.neighbour()).get(0).path("withdrawn").asBoolean()).isTrue();
    }

    @Test
    void casesTracedApartGiveAnAlertEachWhichThePersonSeesAsOne() throws Exception {
        Table table = table();
        UUID first = reported(table, table.first()).getFirst();
        assertThat(awaitAlerts(table.neighbour())).hasSize(1);
        UUID second = reported(table, table.second()).getFirst();

        assertThat(alertsListedBy(List.of(first, second))).isEqualTo(4);
        assertBothListTheNeighbour(table, List.of(first, second));
        assertThat(alertsOf(table.neighbour())).hasSize(1);
        TestCases.withdrawn(port, table.health(), first.toString());
        assertThat(alertsOf(table.neighbour())).hasSize(1);
        assertThat(alertsOf(table.neighbour()).get(0).path("withdrawn").asBoolean())
                .as("the other case's alert still stands").isFalse();
        TestCases.withdrawn(port, table.health(), second.toString());
        assertThat(alertsOf(table.neighbour()).get(0).path("withdrawn").asBoolean()).isTrue();
    }

    @Test
    void anAlertOfTwoCasesIsDroppedWithTheYoungerOfThem() throws Exception {
        Table table = table();
        List<UUID> cases = reported(table, table.first(), table.second());
        forget(jdbc, cases);
        transactions.execute(status -> tracing.trace(cases));
        assertThat(alertsListedBy(cases)).isEqualTo(3);

        jdbc.sql("update tracing_case set reported_at = now() - interval '31 days' where case_id = :id")
                .param("id", cases.get(0)).update();
        assertThat(housekeeping.housekeep(Instant.now())).isEqualTo(1);
        assertThat(alertsOf(table.neighbour())).as("the younger case still stands").hasSize(1);
        assertThat(alertsOf(table.second())).as("found by the dropped case alone").isEmpty();
        assertThat(alertsOf(table.first())).hasSize(1);

        jdbc.sql("update tracing_case set reported_at = now() - interval '31 days' where case_id = :id")
                .param("id", cases.get(1)).update();
        assertThat(housekeeping.housekeep(Instant.now())).isEqualTo(1);
        assertThat(alertsOf(table.neighbour())).isEmpty();
        assertThat(alertsOf(table.first())).isEmpty();
    }

    /** Drops what tracing these cases wrote, their alerts and lists, so that they are traced afresh. */
    static void forget(JdbcClient jdbc, List<UUID> cases) {
        UUID[] ids = cases.toArray(UUID[]::new);
        jdbc.sql("""
                delete from tracing_alert where alert_id in
                    (select unnest(alert_ids) from tracing_case_alerts where case_id = any(:cases))""")
                .param("cases", ids).update();
        jdbc.sql("delete from tracing_case_alerts where case_id = any(:cases)").param("cases", ids).update();
        jdbc.sql("update tracing_case set traced_at = null where case_id = any(:cases)").param("cases", ids).update();
    }

    /** Two cases at one table of a café from noon to one, and a neighbour at the next from a quarter past. */
    private record Table(Visitor first, Visitor second, Visitor neighbour, String health) {
    }

    private Table table() throws Exception {
        TestVenue cafe = venue("restaurant");
        Table table = new Table(visitor("Ca Một Cùng Bàn"), visitor("Ca Hai Cùng Bàn"), visitor("Khách Bàn Bên"),
                TestClients.certifiedApp(port, Scopes.TRACING_WRITE).token(port, Scopes.TRACING_WRITE));
        List<Map<String, Object>> cafeDay = new ArrayList<>();
        visit(cafeDay, table.first(), yesterdayAt(12, 0), yesterdayAt(13, 0));
        visit(cafeDay, table.second(), yesterdayAt(12, 0), yesterdayAt(13, 0));
        visit(cafeDay, table.neighbour(), yesterdayAt(12, 15), yesterdayAt(12, 45));
        assertThat(statuses(cafe.staffToken(), cafeDay)).containsOnly("STORED");
        return table;
    }

    /** These visitors reported as cases in one report, once their tracing is done. */
    private List<UUID> reported(Table table, Visitor... patients) throws Exception {
        Instant sampled = Instant.now().minus(Duration.ofHours(12));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Visitor patient : patients) {
            items.add(item("shared-" + UUID.randomUUID(), patient, sampled));
        }
        @SuppressWarnings("unchecked")
        JsonNode report = reported(table.health(), items.toArray(Map[]::new));
        List<UUID> cases = new ArrayList<>();
        report.path("items").forEach(item -> cases.add(UUID.fromString(item.path("caseId").asString())));
        long deadline = System.nanoTime() + TRACED_WITHIN.toNanos();
        while (System.nanoTime() < deadline && jdbc.sql("select count(*) from tracing_case where case_id = any(:ids) "
                + "and traced_at is not null").param("ids", cases.toArray(UUID[]::new)).query(Integer.class).single()
                < cases.size()) {
            Thread.sleep(50);
        }
        return cases;
    }

    /** How many alerts these cases list between them. */
    private long alertsListedBy(List<UUID> cases) {
        return jdbc.sql("select count(distinct listed) from tracing_case_alerts, unnest(alert_ids) as listed"
                        + " where case_id = any(:cases)")
                .param("cases", cases.toArray(UUID[]::new)).query(Long.class).single();
    }

    /** Each case's F1 contacts, as its tracers read them: the neighbour, and the other case. */
    private void assertBothListTheNeighbour(Table table, List<UUID> cases) throws Exception {
        String tracer = TestClients.certifiedApp(port, Scopes.TRACING_READ).token(port, Scopes.TRACING_READ);
        for (UUID caseId : cases) {
            JsonNode contacts = TestClients.json(TestClients.send(port, "GET", CASES + "/" + caseId + "/contacts?level=F1",
                    tracer, null).body());
            assertThat(contacts.path("total").asLong()).isEqualTo(2);
            List<String> qids = new ArrayList<>();
            contacts.path("items").forEach(item -> qids.add(item.path("qid").asString()));
            assertThat(qids).contains(table.neighbour().qid());
        }
    }
}
