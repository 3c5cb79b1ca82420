package vn.qrqg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void aProblemDetailCountsByItsStatusAndTheNameOfItsType() {
        String problem = "{\"type\":\"https://qrqg.vn/problems/declaration-mismatch\",\"status\":422,"
                + "\"title\":\"Declaration does not match the population registry\"}";
        assertThat(Outcome.httpError(422, problem)).isEqualTo(Outcome.error("422 declaration-mismatch"));
        assertThat(Outcome.httpError(502, "<html>Bad gateway</html>")).isEqualTo(Outcome.error("502"));
    }

    @Test
    void aTransportFailureIsNamedByItsKind() {
        assertThat(HttpLoad.failureKind(new java.util.concurrent.TimeoutException())).isEqualTo("timeout");
        assertThat(HttpLoad.failureKind(new RuntimeException(new java.net.ConnectException("refused"))))
                .isEqualTo("connection refused");
        assertThat(HttpLoad.failureKind(new java.io.EOFException())).isEqualTo("connection closed");
        assertThat(HttpLoad.failureKind(new IllegalStateException())).isEqualTo("IllegalStateException");
    }

    @Test
    void aScanCountsAsSuccessfulOnlyWhenItsOutcomeIsValid() {
        ScanScenario scans = new ScanScenario(LoadCommand.parse("--scenario", "scans"));
        LoadRequest request = new LoadRequest(null, "Bearer x", new byte[0], "venue");
        assertThat(scans.judge(request, 200, "{\"outcome\":\"VALID\",\"format\":\"PERSONAL\",\"person\":{}}"))
                .isEqualTo(Outcome.ok("venue"));
        assertThat(scans.judge(request, 200, "{\"outcome\":\"SUPERSEDED\"}"))
                .isEqualTo(Outcome.error("outcome SUPERSEDED"));
        assertThat(scans.judge(request, 200, "{}")).isEqualTo(Outcome.error("outcome missing"));
        assertThat(scans.judge(request, 403, "{\"type\":\"https://qrqg.vn/problems/insufficient-scope\"}"))
                .isEqualTo(Outcome.error("403 insufficient-scope"));
    }

    @Test
    void anIssuedQrOlderThanTheRunWasStoredBefore() {
        Instant run = Instant.parse("2026-11-23T21:00:00Z");
        assertThat(IssuanceScenario.issuedBefore("{\"qid\":\"1\",\"issuedAt\":\"2026-11-23T20:59:59.5Z\"}", run)).isTrue();
        assertThat(IssuanceScenario.issuedBefore("{\"qid\":\"1\",\"issuedAt\":\"2026-11-23T21:00:01.123456Z\"}", run))
                .isFalse();
        assertThat(IssuanceScenario.issuedBefore("{\"qid\":\"1\"}", run)).isFalse();
    }
}
