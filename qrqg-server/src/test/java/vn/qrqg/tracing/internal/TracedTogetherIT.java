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
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.tracing.TracingTestSupport;

/**
 * Cases traced together (an outbreak's report) each find what they would alone, F2 through the
 * other case's venue included; and tracing them again writes no alert twice.
 */
class TracedTogetherIT extends TracingTestSupport {
    @Autowired
    ContactTracing tracing;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void eachCaseOfAGroupAlertsItsOwnContactsOnceAndNeverItself() throws Exception {
        TestVenue cafe = venue("restaurant");
        TestVenue shop = venue("shop");
        Visitor first = visitor("Ca Một Ở Quán");
        Visitor second = visitor("Ca Hai Ở Tiệm");
        Visitor atCafe = visitor("Khách Quán Cà Phê");
        Visitor atShop = visitor("Khách Tiệm Tạp Hóa");
        Visitor atBoth = visitor("Khách Cả Hai Nơi");
        List<Map<String, Object>> cafeDay = new ArrayList<>();
        visit(cafeDay, first, yesterdayAt(9, 0), yesterdayAt(10, 0));
        visit(cafeDay, atCafe, yesterdayAt(9, 30), yesterdayAt(9, 45));
        visit(cafeDay, atBoth, yesterdayAt(10, 30), yesterdayAt(10, 50));
        assertThat(statuses(cafe.staffToken(), cafeDay)).containsOnly("STORED");
        List<Map<String, Object>> shopDay = new ArrayList<>();
        visit(shopDay, second, yesterdayAt(15, 0), yesterdayAt(15, 30));
        visit(shopDay, atShop, yesterdayAt(15, 10), yesterdayAt(15, 20));
        visit(shopDay, atBoth, yesterdayAt(16, 0), yesterdayAt(16, 15));
        assertThat(statuses(shop.staffToken(), shopDay)).containsOnly("STORED");
        String health = TestClients.certifiedApp(port, Scopes.TRACING_WRITE).token(port, Scopes.TRACING_WRITE);
        Instant sampled = Instant.now().minus(Duration.ofHours(12));
        JsonNode report = reported(health, item("together-1-" + UUID.randomUUID(), first, sampled),
                item("together-2-" + UUID.randomUUID(), second, sampled));
        List<UUID> cases = List.of(UUID.fromString(report.path("items").get(0).path("caseId").asString()),
                UUID.fromString(report.path("items").get(1).path("caseId").asString()));
        awaitTraced(cases);

        // as the report's own tracing wrote them, whether it took the two together or not; then
        // traced together again from nothing, and once more
        List<String> asReported = alertLines(atCafe, atShop, atBoth, first, second);
        SharedExposuresIT.forget(jdbc, cases);
        jdbc.sql("update tracing_case set traced_at = null where case_id = any(:cases)")
                .param("cases", cases.toArray(UUID[]::new)).update();
        Map<UUID, Integer> written = transactions.execute(status -> tracing.trace(cases));
        assertThat(written).containsExactlyInAnyOrderEntriesOf(Map.of(cases.get(0), 4, cases.get(1), 2));
        Map<UUID, Integer> again = transactions.execute(status -> tracing.trace(cases));
        assertThat(again).isEmpty();

        assertThat(alertLines(atCafe, atShop, atBoth, first, second)).isEqualTo(asReported);
        // the first case's F1 at both went on to the shop, where the other case and its F1 were:
        // F2 of the first case, as they would be alone; no case is its own contact
        assertThat(asReported).containsExactlyInAnyOrder(
                "atCafe F1 " + cafe.code(), "atShop F1 " + shop.code(), "atShop F2 " + shop.code(),
                "atBoth F1 " + cafe.code(), "atBoth F1 " + shop.code(), "second F2 " + shop.code());
    }

    /** Each visitor's alerts as level and venue, in order, named as in the test. */
    private List<String> alertLines(Visitor atCafe, Visitor atShop, Visitor atBoth, Visitor first, Visitor second)
            throws Exception {
        List<String> lines = new ArrayList<>();
        Map<String, Visitor> named = new java.util.LinkedHashMap<>();
        named.put("atCafe", atCafe);
        named.put("atShop", atShop);
        named.put("atBoth", atBoth);
        named.put("first", first);
        named.put("second", second);
        for (Map.Entry<String, Visitor> one : named.entrySet()) {
            List<String> theirs = new ArrayList<>();
            alertsOf(one.getValue()).forEach(alert -> theirs.add(one.getKey() + " " + alert.path("level").asString() + " "
                    + alert.path("venue").path("code").asString()));
            theirs.sort(null);
            lines.addAll(theirs);
        }
        return lines;
    }

    private void awaitTraced(List<UUID> cases) throws InterruptedException {
        long deadline = System.nanoTime() + TRACED_WITHIN.toNanos();
        while (System.nanoTime() < deadline && jdbc.sql("select count(*) from tracing_case where case_id = any(:ids) "
                + "and traced_at is not null").param("ids", cases.toArray(UUID[]::new)).query(Integer.class).single() < 2) {
            Thread.sleep(50);
        }
    }
}
