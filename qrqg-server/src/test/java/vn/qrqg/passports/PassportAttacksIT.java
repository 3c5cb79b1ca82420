package vn.qrqg.passports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;

/** Each way of getting at a passport one should not have, refused, and bad input named field by field in Vietnamese. */
class PassportAttacksIT extends PassportTestSupport {
    private static final String PROBLEMS = "https://qrqg.vn/problems/";

    @Test
    void anotherPersonsQidWithMyHolderTokenIsRefusedAndAnotherPersonsRequestIsUnknown() throws Exception {
        String site = newSite();
        Traveller me = traveller("Nguyễn Thị Mai", 1991);
        Traveller them = traveller("Nguyễn Văn Nam", 1992);
        dose(them.person(), "2021-09-01", 2, "EU/1/20/1528", site);
        dose(me.person(), "2021-09-01", 2, "EU/1/20/1528", site);
        String theirs = requested(them).path("id").asString();

        HttpResponse<String> asked = postAsHolder(them.passports(), me.app(), me.holderToken(), "");
        assertThat(asked.statusCode()).isEqualTo(403);
        assertThat(TestClients.json(asked.body()).path("type").asString()).isEqualTo(PROBLEMS + "not-the-holder");
        for (String path : List.of("", "/" + theirs, "/" + theirs + "/pdf")) {
            assertThat(asHolder("GET", them.passports() + path, me.app(), me.holderToken()).statusCode())
                    .as(path).isEqualTo(403);
        }
        for (String path : List.of("/" + theirs, "/" + theirs + "/pdf", "/not-an-id")) {
            HttpResponse<byte[]> read = asHolder("GET", me.passports() + path, me.app(), me.holderToken());
            assertThat(read.statusCode()).as(path).isEqualTo(404);
            assertThat(json(read).path("type").asString()).isEqualTo(PROBLEMS + "passport-not-found");
        }
    }

    @Test
    void appsWithoutThePassportScopesCannotListOrDecide() throws Exception {
        String site = newSite();
        Traveller traveller = traveller("Hoàng Văn Đức", 1970);
        dose(traveller.person(), "2021-09-01", 1, "EU/1/20/1525", site);
        String id = requested(traveller).path("id").asString();

        for (String scope : List.of(Scopes.SCAN_VENUE, Scopes.HEALTH_READ, Scopes.SCAN_HEALTH)) {
            String app = tokenOfCertifiedApp(scope);
            HttpResponse<String> list = TestClients.send(port, "GET", PASSPORTS, app, null);
            assertThat(list.statusCode()).as(scope).isEqualTo(403);
            assertThat(TestClients.json(list.body()).path("type").asString()).isEqualTo(PROBLEMS + "insufficient-scope");
            assertThat(decide(app, id, "site-decision", "{\"decision\":\"APPROVE\"}").statusCode()).isEqualTo(403);
            assertThat(decide(app, id, "signature", "{\"decision\":\"SIGN\"}").statusCode()).isEqualTo(403);
            assertThat(TestClients.send(port, "POST", "/api/v1/passports/" + id + "/revocation", app,
                    "{\"reason\":\"x\"}").statusCode()).isEqualTo(403);
        }
        assertThat(decide(department(), id, "site-decision", "{\"decision\":\"APPROVE\"}").statusCode())
                .as("the department does not take the site's step").isEqualTo(403);
        assertThat(decide(siteApp(site), id, "signature", "{\"decision\":\"SIGN\"}").statusCode())
                .as("nor the site the department's").isEqualTo(403);
        assertThat(own(traveller, id).path("status").asString()).isEqualTo("AWAITING_SITE");
    }

    @Test
    void badDecisionsAreNamedFieldByFieldInVietnameseAndChangeNothing() throws Exception {
        String site = newSite();
        Traveller traveller = traveller("Vũ Thị Lan", 1988);
        dose(traveller.person(), "2021-09-01", 1, "EU/1/20/1525", site);
        String id = requested(traveller).path("id").asString();
        String siteApp = siteApp(site);

        String path = PASSPORTS + "/" + id + "/site-decision";
        JsonNode unknown = invalid(postInVietnamese(path, siteApp, "{\"decision\":\"MAYBE\"}"));
        assertThat(unknown.path("errors").get(0).path("field").asString()).isEqualTo("decision");
        assertThat(unknown.path("errors").get(0).path("message").asString()).startsWith("phải là một trong");
        JsonNode noReason = invalid(postInVietnamese(path, siteApp, "{\"decision\":\"REJECT\"}"));
        assertThat(noReason.path("errors").get(0).path("field").asString()).isEqualTo("reason");
        assertThat(noReason.path("errors").get(0).path("message").asString())
                .isEqualTo("là bắt buộc khi từ chối: người dân sẽ đọc lý do này");
        assertThat(invalid(decide(siteApp, id, "site-decision", "{\"decision\":\"REJECT\"}")).path("errors").get(0)
                .path("message").asString()).as("in English when not asked for Vietnamese")
                .isEqualTo("is required to reject: the person reads it");
        JsonNode blank = invalid(decide(siteApp, id, "site-decision", "{\"decision\":\"REJECT\",\"reason\":\"  \"}"));
        assertThat(blank.path("errors").get(0).path("field").asString()).isEqualTo("reason");
        HttpResponse<String> broken = decide(siteApp, id, "site-decision", "{\"decision\":");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).doesNotContain("Exception").doesNotContain("at vn.qrqg");
        invalid(decide(siteApp, id, "site-decision", "[]"));
        invalid(decide(siteApp, id, "site-decision", "{\"decision\":\"APPROVE\",\"extra\":1}"));
        invalid(decide(department(), id, "signature", "{\"decision\":\"REJECT\"}"));

        assertThat(own(traveller, id).path("status").asString()).isEqualTo("AWAITING_SITE");
    }

    @Test
    void aSecondRequestWhileOneIsOpenIsRefusedNamingItAndNobodyWithoutADoseGetsOne() throws Exception {
        Traveller traveller = traveller("Đỗ Văn Hùng", 1960);
        HttpResponse<String> none = request(traveller);
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(TestClients.json(none.body()).path("type").asString()).isEqualTo(PROBLEMS + "no-vaccination-record");

        dose(traveller.person(), "2021-09-01", 1, "EU/1/20/1525", newSite());
        String id = requested(traveller).path("id").asString();
        HttpResponse<String> again = request(traveller);
        assertThat(again.statusCode()).isEqualTo(409);
        JsonNode problem = TestClients.json(again.body());
        assertThat(problem.path("type").asString()).isEqualTo(PROBLEMS + "passport-request-open");
        assertThat(problem.path("requestId").asString()).isEqualTo(id);
        assertThat(problem.path("detail").asString()).contains(id);
    }

    @Test
    void aSiteAppMustBeBoundToItsSiteAndOnlyItMayBe() throws Exception {
        String admin = TestClients.adminToken(port);
        HttpResponse<String> unbound = postInVietnamese("/api/v1/admin/apps", admin,
                "{\"name\":\"Trạm không tên\",\"operator\":\"Sở Y tế\",\"scopes\":[\"dcc:site\"]}");
        JsonNode problem = invalid(unbound);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("vaccinationSite");
        assertThat(problem.path("errors").get(0).path("message").asString()).startsWith("là bắt buộc với ứng dụng có quyền dcc:site");
        JsonNode misplaced = invalid(TestClients.send(port, "POST", "/api/v1/admin/apps", admin,
                "{\"name\":\"Máy quét\",\"operator\":\"Sở Y tế\",\"scopes\":[\"scan:venue\"],\"vaccinationSite\":\"Trạm Y tế\"}"));
        assertThat(misplaced.path("errors").get(0).path("field").asString()).isEqualTo("vaccinationSite");
    }

    private static JsonNode invalid(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = TestClients.json(response.body());
        assertThat(problem.path("type").asString()).isEqualTo(PROBLEMS + "invalid-request");
        return problem;
    }
}
