package vn.qrqg.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.platform.PlatformTestSupport;

/** The reference SMS outbox, read by operators over HTTP. */
class SmsOutboxIT extends PlatformTestSupport {

    @Autowired
    SmsGateway sms;

    @Test
    void anOperatorReadsWhatWasSentToAPhoneNewestFirst() throws Exception {
        PhoneNumber phone = new PhoneNumber("0399" + String.format("%06d", new java.security.SecureRandom().nextInt(1_000_000)));
        sms.send(phone, "first");
        sms.send(phone, "second");
        sms.send(new PhoneNumber("0312345678"), "someone else's");

        HttpResponse<String> outbox = TestClients.send(port, "GET", "/api/v1/admin/sms-outbox?phone=" + phone.e164()
                .replace("+", "%2B") + "&size=1", TestClients.adminToken(port), null);

        assertThat(outbox.statusCode()).as(outbox.body()).isEqualTo(200);
        assertThat(outbox.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode page = TestClients.json(outbox.body());
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("size").asInt()).isEqualTo(1);
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("items").get(0).path("text").asString()).isEqualTo("second");
        assertThat(page.path("items").get(0).path("phone").asString()).isEqualTo(phone.value());
    }

    @Test
    void onlyOperatorsReadTheOutbox() throws Exception {
        assertThat(TestClients.send(port, "GET", "/api/v1/admin/sms-outbox", null, null).statusCode()).isEqualTo(401);
        String app = TestClients.certifiedApp(port, Scopes.QR_ISSUE).token(port, Scopes.QR_ISSUE);
        assertThat(TestClients.send(port, "GET", "/api/v1/admin/sms-outbox", app, null).statusCode()).isEqualTo(403);
    }

    @Test
    void aBadPhoneOrPageIsNamed() throws Exception {
        String admin = TestClients.adminToken(port);
        HttpResponse<String> phone = TestClients.send(port, "GET", "/api/v1/admin/sms-outbox?phone=12", admin, null);
        HttpResponse<String> size = TestClients.send(port, "GET", "/api/v1/admin/sms-outbox?size=1000", admin, null);
        assertThat(phone.statusCode()).isEqualTo(400);
        assertThat(TestClients.json(phone.body()).path("errors").get(0).path("field").asString()).isEqualTo("phone");
        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(TestClients.json(size.body()).path("errors").get(0).path("field").asString()).isEqualTo("size");
    }
}
