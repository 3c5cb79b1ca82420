package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.issuance.citizens.CitizensTestSupport;
import vn.qrqg.venues.TestVenues;

/**
 * What the portal backend's integration tests share: a browser of a citizen over real HTTP,
 * which keeps the session cookie and sends the portal's header on changes, signing in with the
 * code read from the reference SMS outbox. Every test uses fresh random mobile numbers.
 */
public abstract class PortalApiTestSupport extends CitizensTestSupport {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A citizen's browser: their phone and, once signed in, the session cookie. */
    protected final class Browser {
        final String phone;
        String cookie;
        /** Sent as {@code X-Forwarded-Proto} when set, as a TLS proxy in front would. */
        String forwardedProto;

        Browser(String phone) {
            this.phone = phone;
        }

        HttpResponse<String> send(String method, String path, String json) throws Exception {
            return send(method, path, json, true);
        }

        HttpResponse<String> send(String method, String path, String json, boolean portalHeader) throws Exception {
            return HTTP.send(request(method, path, json, portalHeader), HttpResponse.BodyHandlers.ofString());
        }

        /** A request with these extra headers (name, value, name, value…) and this body, of this content type. */
        HttpResponse<String> send(String method, String path, String contentType, byte[] body, String... headers)
                throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(20)).method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                    .header("Content-Type", contentType).header("X-QRQG-Portal", "1");
            if (cookie != null) {
                request.header("Cookie", "QRQG_PORTAL=" + cookie);
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<byte[]> bytes(String path) throws Exception {
            return HTTP.send(request("GET", path, null, true), HttpResponse.BodyHandlers.ofByteArray());
        }

        private HttpRequest request(String method, String path, String json, boolean portalHeader) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(20))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (portalHeader) {
                request.header("X-QRQG-Portal", "1");
            }
            if (forwardedProto != null) {
                request.header("X-Forwarded-Proto", forwardedProto);
            }
            if (cookie != null) {
                request.header("Cookie", "QRQG_PORTAL=" + cookie);
            }
            return request.build();
        }

        HttpResponse<String> askCode() throws Exception {
            return send("POST", "/portal/api/sign-in", "{\"phone\":\"" + phone + "\"}");
        }

        HttpResponse<String> confirm(String code) throws Exception {
            HttpResponse<String> confirmed = send("POST", "/portal/api/sign-in/confirm",
                    "{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\"}");
            sessionCookie(confirmed).ifPresent(value -> cookie = value);
            return confirmed;
        }

        /** Asks a code, reads it from the outbox as an operator would, and confirms it. */
        Browser signIn() throws Exception {
            HttpResponse<String> asked = askCode();
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
            HttpResponse<String> confirmed = confirm(TestVenues.codeSentTo(port, national(phone)));
            assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
            assertThat(cookie).isNotNull();
            return this;
        }

        /**
         * Declares a registered person; when a code goes to the phone the registry holds for them
         * (202), types the one read from the outbox. The answer must end in 201.
         */
        JsonNode declare(Person person, String relation) throws Exception {
            HttpResponse<String> declared = send("POST", "/portal/api/people", declaration(person, relation));
            if (declared.statusCode() == 202) {
                String code = TestVenues.codeSentTo(port, TestPeople.phoneOf(person.documentNumber()));
                declared = send("POST", "/portal/api/people/challenges/"
                        + TestClients.json(declared.body()).path("challengeId").asString(), "{\"code\":\"" + code + "\"}");
            }
            assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
            return TestClients.json(declared.body());
        }
    }

    protected Browser browser() {
        return new Browser(randomPhone());
    }

    protected static String randomPhone() {
        return TestVenues.randomPhone();
    }

    /** {@code +84…} as the national form the outbox keeps. */
    protected static String national(String phone) {
        return phone.startsWith("+84") ? "0" + phone.substring(3) : phone;
    }

    /** One household per test: the people {@link #someone} registers live in it. */
    private final String household = "HK-IT-" + System.nanoTime();

    /** Someone in the registry, with a phone of their own, in this test's household. */
    protected Person someone(String name) {
        return TestPeople.registered(registryImport, name, 1900 + RANDOM.nextInt(28),
                RANDOM.nextBoolean() ? Gender.MALE : Gender.FEMALE, ",household_id", "," + household);
    }

    protected static String declaration(Person person, String relation) {
        return person.body("\"relation\":\"" + relation + "\"");
    }

    protected static JsonNode jsonOf(HttpResponse<String> response) {
        return TestClients.json(response.body());
    }

    /** The outbox's messages to this phone, as an operator reads them. */
    protected JsonNode outbox(String phone) throws Exception {
        HttpResponse<String> outbox = TestClients.send(port, "GET", "/api/v1/admin/sms-outbox?phone=" + national(phone),
                TestClients.adminToken(port), null);
        assertThat(outbox.statusCode()).as(outbox.body()).isEqualTo(200);
        return TestClients.json(outbox.body());
    }

    protected String newestSms(String phone) throws Exception {
        return outbox(phone).path("items").path(0).path("text").asString();
    }

    protected long outboxTotal(String phone) throws Exception {
        return outbox(phone).path("total").asLong();
    }

    /** The value of {@code QRQG_PORTAL} a Set-Cookie of this answer gives. */
    protected static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("QRQG_PORTAL="))
                .map(value -> value.substring("QRQG_PORTAL=".length(), value.indexOf(';')))
                .findFirst();
    }
}
