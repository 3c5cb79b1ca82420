package vn.qrqg.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;

/** {@code GET /api/v1/venues/{venueCode}/history}: a venue's day, for its owner and its staff only. */
class HistoryIT extends CheckInsTestSupport {

    @Test
    void aDayIsPagedCountedPerHourAndFilteredByDirectionAndHour() throws Exception {
        TestVenue venue = venue("restaurant");
        Visitor visitor = visitor("Phan Văn Đức");
        assertThat(statuses(venue.staffToken(), List.of(
                event("r", 1, visitor.fullQr(), "IN", yesterdayAt(0, 5)), // 17:05 UTC the day before: another partition
                event("r", 2, visitor.fullQr(), "OUT", yesterdayAt(0, 45)),
                event("r", 3, visitor.fullQr(), "IN", yesterdayAt(12, 0)),
                event("r", 4, visitor.fullQr(), "OUT", yesterdayAt(12, 59)),
                event("r", 5, visitor.fullQr(), "IN", yesterdayAt(23, 59)),
                event("r", 6, visitor.fullQr(), "IN", yesterdayAt(0, 0).plusDays(1)))))
                .containsOnly("STORED");

        JsonNode first = historyOf(venue.ownerToken(), venue.code(), "?day=" + yesterday() + "&size=2");
        assertThat(first.path("total").asLong()).isEqualTo(5);
        assertThat(first.path("items")).hasSize(2);
        assertThat(first.path("items").get(0).path("occurredAt").asString()).isEqualTo(iso(yesterdayAt(0, 5)));
        JsonNode last = historyOf(venue.ownerToken(), venue.code(), "?day=" + yesterday() + "&size=2&page=2");
        assertThat(last.path("items")).hasSize(1);
        assertThat(last.path("items").get(0).path("occurredAt").asString()).isEqualTo(iso(yesterdayAt(23, 59)));

        JsonNode counts = first.path("counts");
        assertThat(counts).hasSize(24);
        assertThat(counts.get(0).path("in").asLong()).isEqualTo(1);
        assertThat(counts.get(0).path("out").asLong()).isEqualTo(1);
        assertThat(counts.get(12).path("in").asLong()).isEqualTo(1);
        assertThat(counts.get(12).path("out").asLong()).isEqualTo(1);
        assertThat(counts.get(23).path("in").asLong()).isEqualTo(1);
        assertThat(counts.get(5).path("in").asLong()).isZero();

        assertThat(historyOf(venue.ownerToken(), venue.code(), "?day=" + yesterday() + "&direction=OUT")
                .path("total").asLong()).isEqualTo(2);
        JsonNode noon = historyOf(venue.ownerToken(), venue.code(), "?day=" + yesterday() + "&hour=12");
        assertThat(noon.path("total").asLong()).isEqualTo(2);
        assertThat(noon.path("items").findValuesAsString("direction")).containsExactly("IN", "OUT");

        for (String bad : List.of("day=2026-13-01", "page=-1", "size=1000", "direction=UP", "hour=24", "format=xml")) {
            HttpResponse<String> refused = history(venue.ownerToken(), venue.code(), "?" + bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(TestClients.json(refused.body()).path("errors").get(0).path("field").asString())
                    .isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
    }

    @Test
    void theDayExportsAsCsv() throws Exception {
        TestVenue venue = venue("shop");
        Visitor visitor = visitor("Hồ Thị Xuân");
        statuses(venue.staffToken(), List.of(event("r", 1, visitor.fullQr(), "IN", yesterdayAt(9, 0)),
                event("r", 2, visitor.fullQr(), "OUT", yesterdayAt(9, 20))));
        for (String path : List.of("/history?format=csv&day=", "/history.csv?day=")) {
            HttpResponse<String> csv = TestClients.send(port, "GET", "/api/v1/venues/" + venue.code() + path + yesterday(),
                    venue.ownerToken(), null);
            assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
            assertThat(csv.body().split("\r\n")).containsExactly(
                    "occurredAt,direction,source,shortName,birthYear,enteredAt,exitedAt,visitEnd",
                    iso(yesterdayAt(9, 0)) + ",IN,READER,Hồ T. X.," + visitor.person().dateOfBirth().substring(0, 4)
                            + "," + iso(yesterdayAt(9, 0)) + "," + iso(yesterdayAt(9, 20)) + ",EXIT",
                    iso(yesterdayAt(9, 20)) + ",OUT,READER,Hồ T. X.," + visitor.person().dateOfBirth().substring(0, 4)
                            + "," + iso(yesterdayAt(9, 0)) + "," + iso(yesterdayAt(9, 20)) + ",EXIT");
        }
    }

    @Test
    void onlyTheVenuesOwnerAndStaffReadItsHistory() throws Exception {
        TestVenue venue = venue("office");
        TestVenue other = venue("office");
        String query = "?day=" + yesterday();
        assertThat(history(venue.ownerToken(), venue.code(), query).statusCode()).isEqualTo(200);
        assertThat(history(venue.staffToken(), venue.code(), query).statusCode()).isEqualTo(200);

        HttpResponse<String> otherOwner = history(other.ownerToken(), venue.code(), query);
        assertThat(otherOwner.statusCode()).isEqualTo(403);
        assertThat(TestClients.json(otherOwner.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/not-venue-owner");
        HttpResponse<String> otherStaff = history(other.staffToken(), venue.code(), query);
        assertThat(otherStaff.statusCode()).isEqualTo(403);
        assertThat(TestClients.json(otherStaff.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/not-this-venue");
        assertThat(history(TestClients.adminToken(port), venue.code(), query).statusCode()).isEqualTo(403);
        assertThat(history(TestClients.certifiedApp(port, Scopes.SCAN_VENUE).token(port, Scopes.SCAN_VENUE),
                venue.code(), query).statusCode()).isEqualTo(403);
        assertThat(history(null, venue.code(), query).statusCode()).isEqualTo(401);
        assertThat(history("qo_not-a-real-token", venue.code(), query).statusCode()).isEqualTo(401);
        assertThat(TestClients.send(port, "GET", "/api/v1/venues/" + venue.code() + "/history.csv" + query,
                other.staffToken(), null).statusCode()).isEqualTo(403);
    }

    @Test
    void readingTheHistoryIsAuditedPerPersonShown() throws Exception {
        TestVenue venue = venue("hospital");
        Visitor visitor = visitor("Tạ Văn Quang");
        statuses(venue.staffToken(), List.of(event("r", 1, visitor.fullQr(), "IN", yesterdayAt(14, 0))));
        historyOf(venue.ownerToken(), venue.code(), "?day=" + yesterday());
        historyOf(venue.staffToken(), venue.code(), "?day=" + yesterday());

        JsonNode audit = TestClients.json(TestClients.send(port, "GET", "/api/v1/admin/audit?qid=" + visitor.qid(),
                TestClients.adminToken(port), null).body()).path("items");
        List<String> readers = audit.findValuesAsString("clientId");
        assertThat(readers).contains("venue-owner:" + venue.code());
        assertThat(audit.findValuesAsString("purpose")).contains("GET /api/v1/venues/{venueCode}/history");
        assertThat(audit.findValuesAsString("scope")).contains(Scopes.CHECKIN_VENUE);
    }
}
