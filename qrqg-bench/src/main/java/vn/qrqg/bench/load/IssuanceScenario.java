package vn.qrqg.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Verified issuance as a citizen's app asks for it (docs/api.md, section 5), for people the
 * generator put in the registry: each person is a chain of three requests, each its own row.
 * <ol>
 * <li>{@code declare}: {@code POST /api/v1/citizens/qr} with scope {@code qr:issue}; the platform
 *     checks the declaration against the registry and answers {@code 202}: a code went by SMS to
 *     the registry's phone (the reference SMS adapter keeps it in its outbox).</li>
 * <li>{@code sms}: {@code GET /api/v1/admin/sms-outbox} for that phone, as an operator: the
 *     harness standing in for the person reading their SMS. Nothing like it happens in
 *     production, where the message goes to a gateway instead.</li>
 * <li>{@code code new}: {@code POST /api/v1/citizens/qr/challenges/{challengeId}} with the code,
 *     answered {@code 200} with the QR: a first issuance (a QID, two signatures, an insert).</li>
 * </ol>
 * Request {@code i} declares person {@code i}; once the pool is used up it starts over, the
 * platform sends a new code and hands back the stored QR: {@code code repeat}. A person the
 * platform had issued before this run (a reused {@code --seed}) is {@code code stored}. The
 * platform sends a person at most 5 codes an hour ({@code QRQG_PROOF_CODES_PER_DOCUMENT}): the
 * default pool ({@link #defaultPeople}) is big enough that nobody is declared that often, short
 * of an hour at more than about 1,400 people a second (the pool is a million at most).
 */
final class IssuanceScenario implements Scenario {
    static final String DECLARE = "declare";
    static final String SMS = "sms";
    static final String CODE = "code";
    /** Codes a person may be sent in an hour, by default. */
    static final int CODES_PER_PERSON_AND_HOUR = 5;
    /** Issuances per second a closed loop is assumed to reach at most, to size its pool: twice the target. */
    static final int CLOSED_LOOP_BOUND_PER_SECOND = 2_000;
    private static final String ISSUED_AT = "issuedAt";

    private final LoadOptions options;
    private SyntheticPeople people;
    private Platform platform;
    private TokenSource token;
    private TokenSource admin;
    private URI target;
    private Instant preparedAt;

    IssuanceScenario(LoadOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "issuance";
    }

    /**
     * Enough people for every person of an open loop to be declared once (at least 1,000); for a
     * closed loop, for {@value #CLOSED_LOOP_BOUND_PER_SECOND} people a second (at least 100,000); at
     * most a million.
     */
    static int defaultPeople(LoadOptions options) {
        long wanted = options.openLoop() ? Math.max(1_000, declarations(options) + options.concurrency())
                : Math.max(100_000, declarations(options));
        return (int) Math.min(SyntheticPeople.MAX, wanted);
    }

    /** The people an open loop plans to declare; those a closed loop would at its assumed bound. */
    static long declarations(LoadOptions options) {
        return options.openLoop() ? options.plannedRequests()
                : Math.min(options.maxRequests(), CLOSED_LOOP_BOUND_PER_SECOND * options.sendingTime().toSeconds());
    }

    @Override
    public void prepare(Setup setup) throws IOException, InterruptedException {
        preparedAt = Instant.now();
        int size = options.people() > 0 ? options.people() : defaultPeople(options);
        people = new SyntheticPeople(options.seed(), size);
        setup.progress().printf("load: issuance: %,d people from seed %d%n", size, options.seed());
        long declarations = declarations(options);
        if (declarations > size) {
            setup.progress().printf("load: %,d declarations (%s) for %,d people: the rest are repeats%s%n",
                    declarations, options.openLoop() ? "planned" : "at " + CLOSED_LOOP_BOUND_PER_SECOND + "/s", size,
                    declarations > (long) CODES_PER_PERSON_AND_HOUR * size
                            ? "; a person declared more than 5 times in an hour gets 429 too-many-codes" : "");
        }
        platform = setup.platform();
        platform.importPeople(people, setup.progress());
        Platform.App app = platform.certifiedApp("qrqg-load issuance " + options.seed(), List.of("qr:issue"));
        token = new TokenSource(() -> platform.token(app.clientId(), app.clientSecret(), "qr:issue"));
        admin = platform.admin();
        target = platform.uri(Platform.ISSUE);
    }

    /** The declaration; its context is {@code new} or {@code repeat}, and the person's phone. */
    @Override
    public LoadRequest request(long sequence) {
        int index = (int) (sequence % people.size());
        Person person = people.get(index);
        String flag = sequence < people.size() ? "new" : "repeat";
        return new LoadRequest(target, token.authorization(),
                person.declarationJson(false).getBytes(StandardCharsets.UTF_8), DECLARE, flag + ' ' + person.phone());
    }

    /** After the {@code 202}, the SMS outbox (context: the flag and the challenge); after that, the code (the flag). */
    @Override
    public LoadRequest followUp(LoadRequest request, int status, String body) {
        String flag = flag(request);
        if (request.kind().equals(DECLARE) && status == 202) {
            String challengeId = stringField(body, "challengeId");
            return challengeId == null ? null : new LoadRequest(platform.smsOutbox(part(request, 1)),
                    admin.authorization(), null, SMS, flag + ' ' + challengeId + ' ' + part(request, 1));
        }
        if (request.kind().equals(SMS) && status == 200) {
            String code = Platform.codeIn(body);
            return code == null ? null : new LoadRequest(platform.challengeUri(part(request, 1)), token.authorization(),
                    ("{\"code\":\"" + code + "\"}").getBytes(StandardCharsets.UTF_8), CODE, flag + ' ' + part(request, 2));
        }
        return null;
    }

    @Override
    public Outcome judge(LoadRequest request, int status, String body) {
        return switch (request.kind()) {
            case DECLARE -> status == 200 ? Outcome.error("200 at once, no code sent")
                    : status != 202 ? Outcome.httpError(status, body)
                    : stringField(body, "challengeId") == null ? Outcome.error("202 without a challengeId")
                    : Outcome.ok(DECLARE);
            case SMS -> status != 200 ? Outcome.httpError(status, body)
                    : Platform.codeIn(body) == null ? Outcome.error("no code in the SMS outbox")
                    : Outcome.ok(SMS);
            default -> status != 200 ? Outcome.httpError(status, body)
                    : !body.contains("\"qid\"") ? Outcome.error("200 without a qid")
                    : flag(request).equals("new") && issuedBefore(body, preparedAt) ? Outcome.ok(CODE + " stored")
                    : Outcome.ok(CODE + ' ' + flag(request));
        };
    }

    /** {@code issued <phone> <qid>}: the person of that phone was issued (or handed back) that QID. */
    @Override
    public String acknowledged(LoadRequest request, int status, String body) {
        String qid = request.kind().equals(CODE) && status == 200 ? stringField(body, "qid") : null;
        return qid == null ? null : "issued " + part(request, 1) + ' ' + qid;
    }

    private static String flag(LoadRequest request) {
        return part(request, 0);
    }

    /**
     * The context's {@code index}th word: the flag, then (declare) the phone, (sms) the challenge
     * and the phone, (code) the phone.
     */
    private static String part(LoadRequest request, int index) {
        return request.context().split(" ")[index];
    }

    /** True when the answer's {@code issuedAt} is before {@code instant}: the QR is older than this run. */
    static boolean issuedBefore(String body, Instant instant) {
        String issuedAt = stringField(body, ISSUED_AT);
        try {
            return issuedAt != null && Instant.parse(issuedAt).isBefore(instant);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** A top-level string member of a small JSON answer, without parsing the whole document; null when absent. */
    static String stringField(String body, String name) {
        String marker = "\"" + name + "\":\"";
        int start = body.indexOf(marker);
        int end = start < 0 ? -1 : body.indexOf('"', start + marker.length());
        return end < 0 ? null : body.substring(start + marker.length(), end);
    }
}
