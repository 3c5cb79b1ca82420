package vn.qrqg.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;

/**
 * The public risk API as anyone meets it, without login: the map's GeoJSON, a locality's weeks,
 * answers cached with an entity tag, and a clear error naming each parameter it cannot take. And
 * the operators' criteria and recompute, which only operators reach.
 */
class RiskPublicApiIT extends RiskTestSupport {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theMapIsTheProvincesAsGeoJsonWithTheirLevels() throws Exception {
        recompute(today());
        HttpResponse<String> answer = get("/api/v1/risk/provinces.geojson");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        JsonNode map = json(answer.body());
        assertThat(map.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(map.path("assessedOn").asString()).isEqualTo(today().toString());
        assertThat(map.path("features").size()).isEqualTo(34);
        JsonNode hanoi = map.path("features").valueStream()
                .filter(feature -> feature.path("properties").path("code").asString().equals("01")).findFirst().orElseThrow();
        assertThat(hanoi.path("properties").path("level").asInt()).isEqualTo(province("01").path("level").asInt());
        assertThat(hanoi.path("geometry").path("type").asString()).isIn("Polygon", "MultiPolygon");
    }

    @Test
    void answersCarryAnEntityTagAndAreNotSentAgainUnchanged() throws Exception {
        HttpResponse<String> first = get(LEVELS);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow())
                .as("browsers ask again each time, so a declared level shows at once; a CDN may keep it 30 s")
                .contains("public", "max-age=0", "s-maxage=30");
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + LEVELS))
                .header("If-None-Match", etag).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void anAnswerInMemoryIsTheSameAsTheOneMadeForIt() throws Exception {
        recompute(today()); // drops the answers in memory: the first request below makes its answer
        for (String path : List.of(LEVELS + "?scope=commune&provinceCode=79", "/api/v1/risk/provinces.geojson",
                "/api/v1/risk/history?code=79&weeks=2")) {
            HttpResponse<String> made = get(path);
            HttpResponse<String> kept = get(path);
            assertThat(kept.statusCode()).as(path).isEqualTo(made.statusCode()).isEqualTo(200);
            assertThat(kept.body()).as(path).isEqualTo(made.body());
            for (String header : List.of("ETag", "Cache-Control", "Content-Type", "Vary", "X-Content-Type-Options",
                    "X-Frame-Options", "Content-Security-Policy")) {
                assertThat(kept.headers().allValues(header)).as(path + " " + header).isNotEmpty()
                        .isEqualTo(made.headers().allValues(header));
            }
        }
    }

    @Test
    void answersGzippedToWhoeverTakesIt() throws Exception {
        recompute(today());
        HttpResponse<byte[]> zipped = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + LEVELS
                + "?scope=commune")).header("Accept-Encoding", "gzip, br").timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        String plain = get(LEVELS + "?scope=commune").body();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
        }
        assertThat(zipped.body().length).as("3,321 communes").isLessThan(plain.length() / 4);
    }

    @Test
    void aLocalitysWeeksAreOnePointAWeekOldestFirst() throws Exception {
        recompute(today().minusWeeks(1));
        recompute(today());
        String commune = someCommuneOf("01");
        JsonNode history = json(get("/api/v1/risk/history?code=" + commune + "&weeks=3").body());
        assertThat(history.path("name").asString()).isNotBlank();
        assertThat(history.path("provinceCode").asString()).isEqualTo("01");
        assertThat(history.path("points").valueStream().map(point -> point.path("date").asString())).containsExactly(
                today().minusWeeks(2).toString(), today().minusWeeks(1).toString(), today().toString());
        assertThat(history.path("points").get(2).path("computedLevel").asInt()).isBetween(1, 4);
        assertThat(history.path("points").get(1).path("computedLevel").asInt()).isBetween(1, 4);
    }

    @Test
    void namesEachParameterItCannotTake() throws Exception {
        assertRefused(LEVELS + "?scope=district", "scope");
        assertRefused(LEVELS + "?date=07/12/2026", "date");
        assertRefused(LEVELS + "?date=-999999999-01-01", "date");
        assertRefused("/api/v1/risk/history?code=01&date=%2B999999999-12-31", "date");
        assertRefused(LEVELS + "?provinceCode=99", "provinceCode");
        assertRefused("/api/v1/risk/history?code=01&weeks=53", "weeks");
        assertRefused("/api/v1/risk/history", "code");
        HttpResponse<String> unknown = get("/api/v1/risk/history?code=99999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown.body()).path("type").asString()).isEqualTo("https://qrqg.vn/problems/area-not-found");
    }

    @Test
    void onlyOperatorsUploadCriteriaOrRecompute() throws Exception {
        String officials = TestClients.certifiedApp(port, Scopes.RISK_WRITE).token(port, Scopes.RISK_WRITE);
        assertThat(TestClients.send(port, "POST", RECOMPUTE, officials, null).statusCode()).isEqualTo(403);
        assertThat(TestClients.send(port, "PUT", "/api/v1/admin/risk/criteria/VN", officials, "{}").statusCode())
                .isEqualTo(403);
        assertThat(get(RECOMPUTE).statusCode()).isIn(401, 405);

        HttpResponse<String> bad = TestClients.send(port, "PUT", "/api/v1/admin/risk/criteria/VN", adminToken(),
                "{\"name\":\"x\",\"casesPer100kPerWeek\":[],\"coverage\":[],\"levels\":{},\"capacityNotMet\":\"NOT_LOWERED\"}");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("casesPer100kPerWeek", "levels.coverageMet");
        assertThat(TestClients.send(port, "PUT", "/api/v1/admin/risk/criteria/99", adminToken(), "{}").statusCode())
                .isEqualTo(404);
        assertThat(TestClients.send(port, "POST", RECOMPUTE + "?date=" + today().plusDays(1), adminToken(), null)
                .statusCode()).isEqualTo(400);
        HttpResponse<String> old = TestClients.send(port, "POST", RECOMPUTE + "?date=" + today().minusDays(8),
                adminToken(), null);
        assertThat(old.statusCode()).as("its cases are past their retention: its history stays").isEqualTo(400);
        assertThat(old.body()).contains("retention");

        JsonNode versions = json(TestClients.send(port, "GET", "/api/v1/admin/risk/criteria", adminToken(), null).body());
        assertThat(versions.path("nationalInForce").asString()).isEqualTo("VN-2");
        assertThat(versions.path("versions").valueStream().map(v -> v.path("id").asString())).contains("VN-1", "VN-2");
    }

    private void assertRefused(String path, String field) throws Exception {
        HttpResponse<String> answer = get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(400);
        assertThat(json(answer.body()).path("errors").get(0).path("field").asString()).as(path).isEqualTo(field);
    }
}
