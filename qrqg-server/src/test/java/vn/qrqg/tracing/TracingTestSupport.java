package vn.qrqg.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import vn.qrqg.checkins.CheckInsTestSupport;
import vn.qrqg.clients.Scopes;

/** Visitors with check-ins, and their alerts as their app reads them: what tracing's tests share. */
public abstract class TracingTestSupport extends CheckInsTestSupport {
    protected static final String CASES = "/api/v1/tracing/cases";
    /** Tracing runs in the background: how long a test waits for its alerts at most. */
    protected static final Duration TRACED_WITHIN = Duration.ofSeconds(15);

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
}
