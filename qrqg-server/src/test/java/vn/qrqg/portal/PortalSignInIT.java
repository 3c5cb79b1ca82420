package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.venues.TestVenues;

/** Signing in to the portal with a mobile number and the code sent by SMS; the session; signing out. */
class PortalSignInIT extends PortalApiTestSupport {

    @Test
    void theCodeFromTheSmsSignsInWithAStrictHttpOnlyCookieAndTheSessionNamesThePhone() throws Exception {
        Browser browser = browser();
        HttpResponse<String> asked = browser.askCode();
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        assertThat(jsonOf(asked).path("phone").asString()).isEqualTo(browser.phone);
        assertThat(jsonOf(asked).path("codeValidSeconds").asLong()).isEqualTo(600);
        assertThat(asked.headers().firstValue("Cache-Control")).hasValue("no-store");
        String sms = newestSms(browser.phone);
        assertThat(sms).startsWith("Ma dang nhap QRQG: ");

        HttpResponse<String> confirmed = browser.confirm(TestVenues.codeSentTo(port, browser.phone));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        String setCookie = confirmed.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "SameSite=Strict", "Path=/").doesNotContain("Secure");
        assertThat(browser.cookie).matches("[A-Za-z0-9_-]{43}");

        HttpResponse<String> session = browser.send("GET", "/portal/api/session", null);
        assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
        assertThat(jsonOf(session).path("phone").asString()).isEqualTo(browser.phone);
    }

    @Test
    void xForwardedProtoIsIgnoredUnlessProxyHeadersAreTrusted() throws Exception {
        Browser browser = browser();
        browser.forwardedProto = "https";
        assertThat(browser.askCode().statusCode()).isEqualTo(202);
        HttpResponse<String> confirmed = browser.confirm(TestVenues.codeSentTo(port, browser.phone));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("Secure");
    }

    @Test
    void anInternationalNumberSignsInAsItsNationalForm() throws Exception {
        String national = randomPhone();
        Browser browser = new Browser("+84" + national.substring(1));
        browser.signIn();
        assertThat(jsonOf(browser.send("GET", "/portal/api/session", null)).path("phone").asString()).isEqualTo(national);
    }

    @Test
    void aWrongCodeSaysHowManyAttemptsAreLeftAndTooManyVoidTheCode() throws Exception {
        Browser browser = browser();
        browser.askCode();
        String right = TestVenues.codeSentTo(port, browser.phone);
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int left = 4; left >= 1; left--) {
            HttpResponse<String> refused = browser.confirm(wrong);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            JsonNode problem = jsonOf(refused);
            assertThat(problem.path("type").asString()).isEqualTo("https://qrqg.vn/problems/invalid-code");
            assertThat(problem.path("attemptsLeft").asInt()).isEqualTo(left);
            assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
        }
        HttpResponse<String> last = browser.confirm(wrong);
        assertThat(jsonOf(last).path("reason").asString()).isEqualTo("TOO_MANY_ATTEMPTS");
        HttpResponse<String> voided = browser.confirm(right); // the right code no longer works
        assertThat(voided.statusCode()).isEqualTo(400);
        assertThat(browser.cookie).isNull();
    }

    @Test
    void aFourthCodeWithinTheHourIs429SayingWhenToTryAgain() throws Exception {
        Browser browser = browser();
        for (int i = 0; i < 3; i++) {
            assertThat(browser.askCode().statusCode()).isEqualTo(202);
        }
        HttpResponse<String> refused = browser.askCode();
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(jsonOf(refused).path("type").asString()).isEqualTo("https://qrqg.vn/problems/too-many-codes");
        assertThat(jsonOf(refused).path("detail").asString()).contains("try again in");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void onlyTheNewestCodeWorks() throws Exception {
        Browser browser = browser();
        browser.askCode();
        String first = TestVenues.codeSentTo(port, browser.phone);
        browser.askCode();
        String second = TestVenues.codeSentTo(port, browser.phone);
        if (!first.equals(second)) {
            assertThat(browser.confirm(first).statusCode()).isEqualTo(400);
        }
        assertThat(browser.confirm(second).statusCode()).isEqualTo(200);
    }

    @Test
    void aBadPhoneIsA400NamingTheField() throws Exception {
        HttpResponse<String> refused = new Browser("12345").askCode();
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"phone\"");
    }

    @Test
    void withoutThePortalHeaderAChangeIsRefused403BeforeAnythingHappens() throws Exception {
        Browser browser = browser();
        HttpResponse<String> refused = browser.send("POST", "/portal/api/sign-in", "{\"phone\":\"" + browser.phone + "\"}",
                false);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(jsonOf(refused).path("detail").asString()).contains("X-QRQG-Portal");
        assertThat(outboxTotal(browser.phone)).isZero();
    }

    @Test
    void withoutASessionPeopleAndSessionAre401NotSignedIn() throws Exception {
        Browser browser = browser();
        for (String path : new String[] {"/portal/api/session", "/portal/api/people"}) {
            HttpResponse<String> refused = browser.send("GET", path, null);
            assertThat(refused.statusCode()).as(path).isEqualTo(401);
            assertThat(jsonOf(refused).path("type").asString()).isEqualTo("https://qrqg.vn/problems/not-signed-in");
            assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        browser.cookie = "A".repeat(43); // forged
        assertThat(browser.send("GET", "/portal/api/people", null).statusCode()).isEqualTo(401);
    }

    @Test
    void signingOutEndsTheSessionOnTheServerToo() throws Exception {
        Browser browser = browser().signIn();
        String cookie = browser.cookie;
        HttpResponse<String> out = browser.send("POST", "/portal/api/sign-out", null);
        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(out.headers().firstValue("Set-Cookie").orElseThrow()).contains("QRQG_PORTAL=;", "Max-Age=0");
        browser.cookie = cookie; // a copy kept elsewhere no longer works
        assertThat(browser.send("GET", "/portal/api/session", null).statusCode()).isEqualTo(401);
    }
}
