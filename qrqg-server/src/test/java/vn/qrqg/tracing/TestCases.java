package vn.qrqg.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.venues.TestVenues;

/**
 * A confirmed case as other capabilities' tests (the portal's) need one, over the API: the case
 * present at a venue now, scanned by their CCCD card at its entrance by a staff scanner, reported
 * by a health authority ({@code tracing:write}), and withdrawn by it.
 */
public final class TestCases {
    /** Tracing runs in the background: how long a test waits for its alerts at most. */
    public static final Duration TRACED_WITHIN = TracingTestSupport.TRACED_WITHIN;

    private TestCases() {
    }

    /** A health authority's system: a certified app with {@code tracing:write}, and a token of it. */
    public static String healthAuthority(int port) throws Exception {
        return TestClients.certifiedApp(port, Scopes.TRACING_WRITE).token(port, Scopes.TRACING_WRITE);
    }

    /** The venue's staff scanner reads the person's CCCD card as they come in, now. */
    public static void cameIn(int port, TestVenues.NewVenue venue, Person person) throws Exception {
        String staff = TestVenues.staffScanner(port, venue).token(port);
        LocalDate born = LocalDate.parse(person.dateOfBirth());
        String card = person.documentNumber() + "||" + person.fullName() + "|" + String.format("%02d%02d%d",
                born.getDayOfMonth(), born.getMonthValue(), born.getYear()) + "|"
                + (person.gender() == Gender.MALE ? "Nam" : "Nữ") + "|Hà Nội|10072021"; // FORMATS.md §3
        HttpResponse<String> checkedIn = TestClients.send(port, "POST", "/api/v1/checkins", staff,
                "{\"text\":\"" + card + "\",\"direction\":\"IN\"}");
        assertThat(checkedIn.statusCode()).as(checkedIn.body()).isEqualTo(201);
    }

    /** Reports the person a confirmed case, sampled an hour ago and confirmed now: the case's id. */
    public static String reported(int port, String healthToken, Person person) throws Exception {
        Instant now = Instant.now();
        HttpResponse<String> answer = TestClients.send(port, "POST", TracingTestSupport.CASES, healthToken,
                "{\"items\":[{\"sourceId\":\"it-" + System.nanoTime() + "\",\"documentNumber\":\""
                        + person.documentNumber() + "\",\"sampledAt\":\"" + now.minus(Duration.ofHours(1))
                        + "\",\"confirmedAt\":\"" + now + "\"}]}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String caseId = TestClients.json(answer.body()).path("items").path(0).path("caseId").asString();
        assertThat(caseId).as(answer.body()).isNotBlank();
        return caseId;
    }

    /** The reporter withdraws the case (a false positive): its alerts stay, marked withdrawn. */
    public static void withdrawn(int port, String healthToken, String caseId) throws Exception {
        HttpResponse<String> answer = TestClients.send(port, "DELETE", TracingTestSupport.CASES + "/" + caseId,
                healthToken, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
    }
}
