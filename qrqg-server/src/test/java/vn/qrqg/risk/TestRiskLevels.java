package vn.qrqg.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.VietnamTime;

/**
 * A level on the public map as other capabilities' tests (the portal's) need one, over the API:
 * today assessed by an operator; a province's officials ({@code risk:write}, limited to it)
 * declare a commune's level, which applies at once, and lift it again, so that the commune is as
 * the other tests expect it.
 */
public final class TestRiskLevels {
    public static final String DECLARATIONS = "/api/v1/risk/declarations";

    private TestRiskLevels() {
    }

    /** A token of the province's officials: a certified app with {@code risk:write}, limited to the province. */
    public static String officialsOf(int port, String provinceCode) throws Exception {
        TestClients.CertifiedApp app = TestClients.certifiedApp(port, Scopes.RISK_WRITE);
        HttpResponse<String> limited = TestClients.send(port, "PUT", "/api/v1/admin/apps/" + app.appId() + "/provinces",
                TestClients.adminToken(port), "{\"provinces\":[\"" + provinceCode + "\"]}");
        assertThat(limited.statusCode()).as(limited.body()).isEqualTo(200);
        return app.token(port, Scopes.RISK_WRITE);
    }

    /** Today assessed at once, as an operator does: every commune gets its computed level. */
    public static void assessedToday(int port) throws Exception {
        HttpResponse<String> answer = TestClients.send(port, "POST", "/api/v1/admin/risk/recompute?date="
                + VietnamTime.today(), TestClients.adminToken(port), null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    /** The officials declare the commune's level from today, by a decision. */
    public static void declared(int port, String officials, String communeCode, int level) throws Exception {
        HttpResponse<String> answer = TestClients.send(port, "POST", DECLARATIONS, officials, "{\"communeCode\":\""
                + communeCode + "\",\"level\":" + level + ",\"reason\":\"Ổ dịch\",\"decisionNumber\":\"7/QĐ-UBND\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    /** The officials lift the commune's declaration, if it has one. */
    public static void lifted(int port, String officials, String communeCode) throws Exception {
        TestClients.send(port, "DELETE", DECLARATIONS + "/" + communeCode, officials, null);
    }
}
