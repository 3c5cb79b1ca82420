package vn.qrqg.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.qrqg.checkins.CheckInsTestSupport;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;

/** Visitors with check-ins, and their alerts as their app reads them: what tracing's tests share. */
public abstract class TracingTestSupport extends CheckInsTestSupport {
    protected static final String CASES = "/api/v1/tracing/cases";
    /** Tracing runs in the background: how long a test waits for its alerts at most. */
    protected static final Duration TRACED_WITHIN = Duration.ofSeconds(15);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The person's alerts now, as their app reads them with their holder token. */
    protected JsonNode alertsOf(Visitor who) throws Exception {
        HttpResponse<byte[]> answer = asHolder("GET", "/api/v1/citizens/" + who.qid() + "/alerts",
                visitorsApp().token(port, Scopes.QR_ISSUE), who.holderToken());
        assertThat(answer.statusCode()).isEqualTo(200);
        return json(answer).path("items");
    }

    /** The person's alerts once tracing, in the background, gave them some: at most {@link #TRACED_WITHIN}. */
    protected JsonNode awaitAlerts(Visitor who) throws Exception {
        long deadline = System.nanoTime() + TRACED_WITHIN.toNanos();
        JsonNode alerts = alertsOf(who);
        while (alerts.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            alerts = alertsOf(who);
        }
        return alerts;
    }

    /** A visitor whose permanent address the registry holds in this commune (its province is theirs). */
    protected Visitor visitorIn(String name, String communeCode) throws Exception {
        Person person = TestPeople.registered(registryImport, name, 1960 + RANDOM.nextInt(40), Gender.FEMALE,
                ",commune_code", "," + communeCode);
        return visitor(person);
    }

    /** The visitor's entry and, unless null, exit, as a reader's batch holds them. */
    protected static void visit(List<Map<String, Object>> events, Visitor who, OffsetDateTime in, OffsetDateTime out) {
        events.add(event("reader", events.size(), who.fullQr(), "IN", in));
        if (out != null) {
            events.add(event("reader", events.size(), who.fullQr(), "OUT", out));
        }
    }

    /** A case of the visitor as a health system reports it: confirmed now. */
    protected static Map<String, Object> item(String sourceId, Visitor who, Instant sampledAt) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sourceId", sourceId);
        item.put("documentNumber", who.person().documentNumber());
        item.put("sampledAt", sampledAt.toString());
        item.put("confirmedAt", Instant.now().plusSeconds(60).toString());
        return item;
    }

    /** {@code POST /api/v1/tracing/cases} with these items: 200 and its report. */
    @SafeVarargs
    protected final JsonNode reported(String token, Map<String, Object>... items) throws Exception {
        HttpResponse<String> answer = TestClients.send(port, "POST", CASES, token, json(Map.of("items", List.of(items))));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return TestClients.json(answer.body());
    }
}
