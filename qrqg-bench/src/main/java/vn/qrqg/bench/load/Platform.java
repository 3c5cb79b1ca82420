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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's setup calls a scenario needs (docs/api.md): tokens, a certified app, people in
 * the registry, a person's QR, a venue. Blocking; none of this is measured.
 */
final class Platform {
    /** Rows per registry import request: big enough to be quick, small enough to be one short transaction each. */
    static final int IMPORT_CHUNK = 10_000;
    /** Where a citizen's app asks for a person's QR. */
    static final String ISSUE = "/api/v1/citizens/qr";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

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
    private final Object[] phoneLocks = new Object[64];
    private TokenSource admin;

    Platform(HttpLoad http, URI base, String adminSecret) {
        this.http = http;
        this.base = base;
        this.adminSecret = adminSecret;
        for (int i = 0; i < phoneLocks.length; i++) {
            phoneLocks[i] = new Object();
        }
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
        appStatus(appId, "CERTIFIED");
        return new App(appId, (String) app.get("clientId"), (String) app.get("clientSecret"));
    }

    /** Sets an app's status ({@code CERTIFIED}, {@code SUSPENDED}, …) as an operator. */
    void appStatus(String appId, String status) throws IOException, InterruptedException {
        call("/api/v1/admin/apps/" + appId + "/status", "Bearer " + adminToken().value(), "application/json",
                JSON.std.asBytes(Map.of("status", status)));
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

    /** Gives every person a health-insurance card in the reference social-insurance database; every row must be accepted. */
    void importCards(SyntheticPeople people, PrintStream progress) throws IOException, InterruptedException {
        String admin = "Bearer " + adminToken().value();
        long loaded = 0;
        for (int from = 0; from < people.size(); from += IMPORT_CHUNK) {
            int to = Math.min(people.size(), from + IMPORT_CHUNK);
            Map<String, Object> report = call("/api/v1/admin/insurance/import", admin, "text/csv; charset=utf-8",
                    people.cardsCsv(from, to).getBytes(StandardCharsets.UTF_8));
            if (((Number) report.get("rejectedCount")).longValue() > 0) {
                throw new IOException("social insurance rejected generated cards (a generator bug): " + report.get("rejected"));
            }
            loaded += ((Number) report.get("imported")).longValue() + ((Number) report.get("updated")).longValue();
        }
        progress.printf("load: social-insurance import: %,d cards%n", loaded);
    }

    IssuedQr issue(Person person, String authorization) throws IOException, InterruptedException {
        return issue(person, authorization, false);
    }

    /**
     * Issues (or gets back) a person's QR with a {@code qr:issue} token, as a citizen's app does
     * (docs/api.md, section 5): the declaration, answered {@code 202} because a code went by SMS to
     * the phone the registry holds; the code, read from the reference SMS outbox as an operator
     * ({@link #codeSentTo}); the code sent back, answered with the QR. A {@code 200} at once (a
     * token that proves the person by itself) is taken as it is. Needs the reference SMS adapter.
     *
     * <p>Two people of a pool may share a phone: issuances to one phone take turns here, so that
     * the newest message in its outbox is always the code of the declaration just sent.
     */
    IssuedQr issue(Person person, String authorization, boolean insured) throws IOException, InterruptedException {
        Map<String, Object> answer;
        synchronized (phoneLocks[Math.floorMod(person.phone().hashCode(), phoneLocks.length)]) {
            HttpLoad.Answer declared = post(ISSUE, authorization, "application/json",
                    person.declarationJson(insured).getBytes(StandardCharsets.UTF_8));
            if (declared.status() == 202) {
                Object challengeId = JSON.std.mapFrom(declared.body()).get("challengeId");
                String code = codeSentTo(person.phone());
                answer = call(challengePath(String.valueOf(challengeId)), authorization, "application/json",
                        JSON.std.asBytes(Map.of("code", code)));
            } else if (declared.status() == 429 && declared.body().contains("too-many-codes")) {
                throw new IOException("POST " + ISSUE + " answered 429 too-many-codes: this person was sent as many codes "
                        + "as an hour allows (QRQG_PROOF_CODES_PER_DOCUMENT, 5 by default); take another --seed, or wait");
            } else {
                answer = checked(ISSUE, declared);
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> forms = (Map<String, Object>) answer.get("qr");
        return new IssuedQr((String) answer.get("qid"), (String) forms.get("masked"), (String) forms.get("full"));
    }

    /** Where the code of the challenge {@code challengeId} goes: {@code POST {"code":"123456"}}. */
    URI challengeUri(String challengeId) {
        return uri(challengePath(challengeId));
    }

    /** The newest message the reference SMS adapter kept for {@code phone} ({@code GET}, scope {@code admin}). */
    URI smsOutbox(String phone) {
        return uri("/api/v1/admin/sms-outbox?size=1&phone=" + URLEncoder.encode(phone, StandardCharsets.UTF_8));
    }

    /** The operator's token, fetched once and kept fresh, for reading the SMS outbox. */
    synchronized TokenSource admin() throws IOException, InterruptedException {
        if (admin == null) {
            admin = new TokenSource(this::adminToken);
        }
        return admin;
    }

    /**
     * The code in the newest message to {@code phone}, as its owner would read it on their phone:
     * here from the reference SMS adapter's outbox, as an operator.
     */
    String codeSentTo(String phone) throws IOException, InterruptedException {
        HttpLoad.Answer outbox = http.get(smsOutbox(phone), admin().authorization());
        String code = outbox.status() == 200 ? codeIn(outbox.body()) : null;
        if (code == null) {
            throw new IOException("no code in the SMS outbox (is the reference SMS adapter on, QRQG_SMS_GATEWAY="
                    + "reference?): " + (outbox.failure() != null ? outbox.failure() : outbox.status()));
        }
        return code;
    }

    /** The first six-digit code in an SMS outbox page, or null. */
    static String codeIn(String outboxPage) {
        Matcher code = CODE.matcher(outboxPage);
        return code.find() ? code.group(1) : null;
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
        String code = codeSentTo(phone);
        Map<String, Object> venue = call("/api/v1/venues/registrations/" + registration.get("registrationId") + "/confirm",
                null, "application/json", JSON.std.asBytes(Map.of("code", code)));
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
        return checked(path, post(path, authorization, contentType, body));
    }

    /** A {@code POST}'s answer, whatever its status; a transport failure throws. */
    private HttpLoad.Answer post(String path, String authorization, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpLoad.Answer answer = http.post(uri(path), authorization, contentType, body);
        if (answer.failure() != null) {
            throw new IOException("POST " + path + " failed (" + answer.failure() + "); is the platform running at "
                    + base + "?");
        }
        return answer;
    }

    /** The JSON of a {@code 200} or {@code 201}; any other status throws. */
    private static Map<String, Object> checked(String path, HttpLoad.Answer answer) throws IOException {
        if (answer.status() != 200 && answer.status() != 201) {
            throw new IOException("POST " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return JSON.std.mapFrom(answer.body());
    }

    private static String challengePath(String challengeId) {
        return ISSUE + "/challenges/" + URLEncoder.encode(challengeId, StandardCharsets.UTF_8);
    }
}
