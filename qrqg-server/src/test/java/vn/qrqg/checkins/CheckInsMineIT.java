package vn.qrqg.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.holders.HolderTokens;

/** {@code GET /api/v1/checkins/mine}: the holder's own check-ins, for their app only. */
class CheckInsMineIT extends CheckInsTestSupport {
    private static final String MINE = "/api/v1/checkins/mine";

    @Test
    void theHolderSeesTheirOwnCheckInsBothWaysNewestFirstAndAudited() throws Exception {
        TestVenue first = venue("shop");
        TestVenue second = venue("market");
        Visitor visitor = visitor("Lương Thế Vinh");
        Visitor other = visitor("Hồ Xuân Hương");
        assertThat(selfCheckIn(appToken(), visitor.holderToken(), first.code(), "IN").statusCode()).isEqualTo(201);
        assertThat(staffCheckIn(second.staffToken(), visitor.fullQr(), "IN").statusCode()).isEqualTo(201);
        assertThat(selfCheckIn(appToken(), other.holderToken(), first.code(), "IN").statusCode()).isEqualTo(201);

        HttpResponse<byte[]> answer = asHolder("GET", MINE, appToken(), visitor.holderToken());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store", "private");
        JsonNode page = json(answer);
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("size").asInt()).isEqualTo(20);
        List<String> venues = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        page.path("items").forEach(item -> {
            venues.add(item.path("venueCode").asString());
            sources.add(item.path("source").asString());
        });
        assertThat(venues).containsExactly(second.code(), first.code());
        assertThat(sources).containsExactly("STAFF", "SELF");
        assertThat(page.path("items").path(0).path("venueName").asString()).startsWith("Quán Thử");
        assertThat(page.path("items").path(0).path("occurredAt").asString()).endsWith("+07:00");

        HttpResponse<String> audit = TestClients.send(port, "GET", "/api/v1/admin/audit?qid=" + visitor.qid(),
                TestClients.adminToken(port), null);
        List<String> purposes = new ArrayList<>();
        TestClients.json(audit.body()).path("items").forEach(item -> purposes.add(item.path("purpose").asString()));
        assertThat(purposes).contains("GET /api/v1/checkins/mine");
    }

    @Test
    void pagesAreBoundedAndABadSizeIsA400NamingIt() throws Exception {
        Visitor visitor = visitor("Chu Văn An");
        TestVenue venue = venue("shop");
        selfCheckIn(appToken(), visitor.holderToken(), venue.code(), "IN");
        selfCheckIn(appToken(), visitor.holderToken(), venue.code(), "OUT");
        JsonNode second = json(asHolder("GET", MINE + "?page=1&size=1", appToken(), visitor.holderToken()));
        assertThat(second.path("total").asLong()).isEqualTo(2);
        assertThat(second.path("items").size()).isEqualTo(1);
        assertThat(second.path("items").path(0).path("direction").asString()).isEqualTo("IN");
        HttpResponse<byte[]> refused = asHolder("GET", MINE + "?size=101", appToken(), visitor.holderToken());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("size");
    }

    @Test
    void withoutAHolderTokenOrWithAnotherAppsItIsRefused() throws Exception {
        Visitor visitor = visitor("Nguyễn Trãi");
        assertThat(asHolder("GET", MINE, appToken(), null).statusCode()).isEqualTo(403);
        String otherApp = TestClients.certifiedApp(port, "checkin:self").token(port, "checkin:self");
        assertThat(asHolder("GET", MINE, otherApp, visitor.holderToken()).statusCode()).isEqualTo(403);
        assertThat(HolderTokens.HEADER).isEqualTo("X-Holder-Token");
    }
}
