package vn.qrqg.bench.load;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The platform's setup calls a scenario needs (docs/api.md): tokens, a certified app, people in
 * the registry, a person's QR. Blocking; none of this is measured.
 */
final class Platform {
    /** Rows per registry import request: big enough to be quick, small enough to be one short transaction each. */
    static final int IMPORT_CHUNK = 10_000;

    record Token(String value, Duration lifetime) {
    }

    record App(String appId, String clientId, String clientSecret) {
    }

    record IssuedQr(String qid, String masked, String full) {
    }

    /** A registered venue and its owner's token. */
    record Venue(String venueCode, String ownerToken) {
    }

    private final HttpLoad http;
    private final URI base;
    private final String adminSecret;

    Platform(HttpLoad http, URI base, String adminSecret) {
        this.http = http;
        this.base = base;
        this.adminSecret = adminSecret;
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    /** An OAuth2 client-credentials token (HTTP Basic) with the scopes asked for, space-separated. */
    Token token(String clientId, String secret, String scopes) throws IOException, InterruptedException {
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        String form = "grant_type=client_credentials&scope=" + URLEncoder.encode(scopes, StandardCharsets.UTF_8);
        Map<String, Object> answer = call("/oauth2/token", basic, "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8));
        Object expiresIn = answer.getOrDefault("expires_in", 600);
        return new Token((String) answer.get("access_token"),
                Duration.ofSeconds(((Number) expiresIn).longValue()));
    }

    Token adminToken() throws IOException, InterruptedException {
        return token("admin", adminSecret, "admin");
    }

    /** Registers an app holding {@code scopes} and certifies it, as an operator. */
    App certifiedApp(String name, List<String> scopes) throws IOException, InterruptedException {
        String admin = "Bearer " + adminToken().value();
        Map<String, Object> app = call("/api/v1/admin/apps", admin, "application/json",
                JSON.std.asBytes(Map.of("name", name, "operator", "qrqg-bench load generator", "scopes", scopes)));
        String appId = String.valueOf(app.get("appId"));
        call("/api/v1/admin/apps/" + appId + "/status", admin, "application/json",
                JSON.std.asBytes(Map.of("status", "CERTIFIED")));
        return new App(appId, (String) app.get("clientId"), (String) app.get("clientSecret"));
    }

    /** Loads the people into the registry, {@link #IMPORT_CHUNK} per request; every row must be accepted. */
    void importPeople(SyntheticPeople people, PrintStream progress) throws IOException, InterruptedException {
        String admin = "Bearer " + adminToken().value();
        long imported = 0;
        long updated = 0;
        for (int from = 0; from < people.size(); from += IMPORT_CHUNK) {
            int to = Math.min(people.size(), from + IMPORT_CHUNK);
            Map<String, Object> report = call("/api/v1/admin/registry/import", admin, "text/csv; charset=utf-8",
                    people.csv(from, to).getBytes(StandardCharsets.UTF_8));
            if (((Number) report.get("rejectedCount")).longValue() > 0) {
                throw new IOException("the registry rejected generated people (a generator bug): " + report.get("rejected"));
            }
            imported += ((Number) report.get("imported")).longValue();
            updated += ((Number) report.get("updated")).longValue();
        }
        progress.printf("load: registry import: %,d new people, %,d already there (updated)%n", imported, updated);
    }

    /** Issues (or gets back) a person's QR with a {@code qr:issue} token. */
    IssuedQr issue(Person person, String authorization) throws IOException, InterruptedException {
        Map<String, Object> answer = call("/api/v1/citizens/qr", authorization, "application/json",
                person.declarationJson().getBytes(StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        Map<String, Object> forms = (Map<String, Object>) answer.get("qr");
        return new IssuedQr((String) answer.get("qid"), (String) forms.get("masked"), (String) forms.get("full"));
    }

    /**
     * Registers a venue as its owner would (docs/venues.md): the registration, the code read from
     * the reference SMS outbox as an operator, the confirmation. Needs the reference SMS adapter.
     */
    Venue registerVenue(String name, String type) throws IOException, InterruptedException {
        String phone = String.format("09%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
        Map<String, Object> registration = call("/api/v1/venues/registrations", null, "application/json",
                JSON.std.asBytes(Map.of("name", name, "type", type, "provinceCode", "01", "communeCode", "00004",
                        "address", "Số 1 Tràng Tiền", "ownerName", "Nguyễn Văn Tải", "ownerPhone", phone)));
        HttpLoad.Answer outbox = http.get(uri("/api/v1/admin/sms-outbox?size=1&phone=" + phone),
                "Bearer " + adminToken().value());
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("\\b(\\d{6})\\b").matcher(outbox.body());
        if (outbox.status() != 200 || !code.find()) {
            throw new IOException("no code in the SMS outbox (is the reference SMS adapter on?): " + outbox.status());
        }
        Map<String, Object> venue = call("/api/v1/venues/registrations/" + registration.get("registrationId") + "/confirm",
                null, "application/json", JSON.std.asBytes(Map.of("code", code.group(1))));
        return new Venue((String) venue.get("venueCode"), (String) venue.get("ownerToken"));
    }

    /** A staff scanner of the venue (scope {@code checkin:venue}), added with the owner token. */
    App staffScanner(Venue venue, String name) throws IOException, InterruptedException {
        Map<String, Object> staff = call("/api/v1/venues/" + venue.venueCode() + "/staff", "Bearer " + venue.ownerToken(),
                "application/json", JSON.std.asBytes(Map.of("name", name, "phone", "0987654321")));
        return new App(String.valueOf(staff.get("staffId")), (String) staff.get("clientId"),
                (String) staff.get("clientSecret"));
    }

    /** Uploads a batch of offline events ({@code {"events": [...]}}) as a staff scanner: each event's result, in order. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> uploadBatch(String authorization, byte[] events) throws IOException, InterruptedException {
        return (List<Map<String, Object>>) call("/api/v1/checkins/batch", authorization, "application/json", events)
                .get("results");
    }

    /** A GET that must answer 200: its JSON. */
    Map<String, Object> getJson(String path, String authorization) throws IOException, InterruptedException {
        HttpLoad.Answer answer = http.get(uri(path), authorization);
        if (answer.status() != 200) {
            throw new IOException("GET " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return JSON.std.mapFrom(answer.body());
    }

    private Map<String, Object> call(String path, String authorization, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpLoad.Answer answer = http.post(uri(path), authorization, contentType, body);
        if (answer.failure() != null) {
            throw new IOException("POST " + path + " failed (" + answer.failure() + "); is the platform running at "
                    + base + "?");
        }
        if (answer.status() != 200 && answer.status() != 201) {
            throw new IOException("POST " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return JSON.std.mapFrom(answer.body());
    }
}
