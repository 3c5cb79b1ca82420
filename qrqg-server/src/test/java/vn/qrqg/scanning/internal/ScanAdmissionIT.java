package vn.qrqg.scanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.platform.PlatformTestSupport;
import vn.qrqg.scanning.ScanningProperties;

/**
 * Admission control over HTTP: while as many scans are in progress as the instance admits (the
 * test takes their places), one more is refused at once with 503 busy and Retry-After, before its
 * token is even checked; once places free up, scans are answered again.
 */
class ScanAdmissionIT extends PlatformTestSupport {
    private static final String BUSY = "https://qrqg.vn/problems/busy";
    private static final String SCAN = "{\"text\":\"not a QR at all\"}";

    @Autowired
    @Qualifier("scanAdmissionFilter")
    FilterRegistrationBean<?> admission;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ScanningProperties properties;

    @Test
    void aScanBeyondThoseInProgressIsRefusedAtOnceWithRetryAfterAndAnsweredOnceOneEnds() throws Exception {
        String scanner = TestClients.certifiedApp(port, Scopes.SCAN_VENUE).token(port, Scopes.SCAN_VENUE);
        Semaphore places = ((ScanAdmission.Gate) admission.getFilter()).admissions();
        double shedBefore = meters.get("qrqg.scans.shed").counter().count();
        int taken = places.drainPermits();
        try {
            assertThat(taken).as("nothing else scans meanwhile").isEqualTo(properties.maxInProgress());
            HttpResponse<String> refused = TestClients.send(port, "POST", ScanAdmission.PATH, scanner, SCAN);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            JsonNode problem = TestClients.json(refused.body());
            assertThat(problem.path("type").asString()).isEqualTo(BUSY);
            assertThat(problem.path("detail").asString()).contains("nothing was looked up or recorded");
            assertThat(refused.headers().firstValue("Retry-After")).contains("1");
            assertThat(meters.get("qrqg.scans.shed").counter().count()).isEqualTo(shedBefore + 1);
            // refused before authentication: without a token it is the same answer, not a 401
            assertThat(TestClients.send(port, "POST", ScanAdmission.PATH, null, SCAN).statusCode()).isEqualTo(503);
        } finally {
            places.release(taken);
        }
        HttpResponse<String> answered = TestClients.send(port, "POST", ScanAdmission.PATH, scanner, SCAN);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        // the answer can reach the scanner a moment before its filter chain unwinds (a scan's answer is
        // sent as soon as its declared length is written): its place comes back then, within a second
        long until = System.nanoTime() + 1_000_000_000L;
        while (places.availablePermits() < properties.maxInProgress() && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        assertThat(places.availablePermits()).as("every admitted scan gives its place back").isEqualTo(properties.maxInProgress());
    }
}
