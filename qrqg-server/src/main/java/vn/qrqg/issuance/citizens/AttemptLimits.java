package vn.qrqg.issuance.citizens;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.issuance.IssuanceProperties;
import vn.qrqg.issuance.citizens.IssuanceLimitException.Limit;
import vn.qrqg.platform.secrets.KeySealer;
import vn.qrqg.sms.OneTimeCodes;

/**
 * The hourly limits of issuance, in the table {@code issuance_attempt}, safe on several instances
 * at once without a lock: an attempt is first written (and committed), then counted with every
 * other, so that concurrent attempts see each other and at most the limit pass (when they race,
 * both may be refused: never both let through); one over the limit is deleted again and refused. Subjects (document numbers, app ids, accounts) are kept as an HMAC
 * under a key derived from the key-encryption key: nothing here names a person.
 */
@Repository
class AttemptLimits {
    private static final String SUBJECT_KEY_LABEL = "issuance:attempt-subjects";

    /** A written attempt: kept when it counts, deleted with {@link #release} when it does not. */
    record Attempt(List<Long> ids) {
    }

    private final JdbcClient jdbc;
    private final IssuanceProperties.Proof limits;
    private final SecretKeySpec subjectKey;

    AttemptLimits(JdbcClient jdbc, IssuanceProperties properties, KeySealer sealer) {
        this.jdbc = jdbc;
        this.limits = properties.proof();
        this.subjectKey = new SecretKeySpec(sealer.derive(SUBJECT_KEY_LABEL), "HmacSHA256");
    }

    /**
     * A declaration about to be checked against the registry, counted for its document number and
     * its requester before the registry is asked.
     *
     * @throws IssuanceLimitException when either had too many failed declarations in the window
     */
    Attempt declaration(String documentNumber, Requester requester) {
        Attempt document = take("failed-document", documentSubject(documentNumber), limits.failedPerDocument(),
                Limit.FAILED_DECLARATIONS);
        try {
            int requesterLimit = requester.account() == null ? limits.failedPerApp() : limits.failedPerAccount();
            Attempt byRequester = take("failed-requester", requesterSubject(requester), requesterLimit,
                    Limit.FAILED_DECLARATIONS);
            return new Attempt(List.of(document.ids().get(0), byRequester.ids().get(0)));
        } catch (IssuanceLimitException e) {
            release(document);
            throw e;
        }
    }

    /** A code about to be sent for this document number. @throws IssuanceLimitException past the limit */
    Attempt code(String documentNumber) {
        return take("code-document", documentSubject(documentNumber), limits.codesPerDocument(), Limit.CODES);
    }

    /** An issuance in person by this credential. @throws IssuanceLimitException past the limit */
    Attempt inPerson(Requester requester) {
        return take("in-person-credential", subject("app:" + requester.client().appId()),
                limits.inPersonPerCredential(), Limit.IN_PERSON);
    }

    /** The attempt does not count after all (the declaration matched, the SMS was not sent, …). */
    void release(Attempt attempt) {
        jdbc.sql("delete from issuance_attempt where attempt_id = any(:ids)")
                .param("ids", attempt.ids().toArray(Long[]::new)).update();
    }

    /** Attempts past the window count for nothing: the housekeeping deletes them. @return how many */
    int deleteBefore(Instant cutoff) {
        return jdbc.sql("delete from issuance_attempt where at < :cutoff")
                .param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).update();
    }

    /** The account's key for a challenge: bound to it without naming it. */
    byte[] requesterSubject(Requester requester) {
        return subject(requester.account() == null ? "app:" + requester.client().appId()
                : "account:" + requester.client().appId() + ":" + requester.account());
    }

    private byte[] documentSubject(String documentNumber) {
        return subject("document:" + (documentNumber == null ? "" : documentNumber.strip()));
    }

    private Attempt take(String kind, byte[] subject, int limit, Limit which) {
        Instant now = Instant.now();
        long id = jdbc.sql("insert into issuance_attempt (kind, subject, at) values (:kind, :subject, :at) returning attempt_id")
                .param("kind", kind).param("subject", subject).param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query(Long.class).single();
        Attempt attempt = new Attempt(List.of(id));
        Window window = jdbc.sql("""
                select count(*) as n, min(at) as oldest from issuance_attempt
                where kind = :kind and subject = :subject and at >= :since""")
                .param("kind", kind).param("subject", subject)
                .param("since", OffsetDateTime.ofInstant(now.minus(limits.window()), ZoneOffset.UTC))
                .query((rs, n) -> new Window(rs.getInt("n"), rs.getObject("oldest", OffsetDateTime.class).toInstant()))
                .single();
        if (window.count() > limit) {
            release(attempt);
            throw new IssuanceLimitException(which, OneTimeCodes.retryAfter(window.oldest(), limits.window(), now));
        }
        return attempt;
    }

    private record Window(int count, Instant oldest) {
    }

    private byte[] subject(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(subjectKey);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
