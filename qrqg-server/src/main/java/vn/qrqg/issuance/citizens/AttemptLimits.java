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
 * at once without a lock. Codes and in-person issuances are written, then counted with every
 * other: concurrent ones see each other, at most the limit pass (when they race, both may be
 * refused, never both let through). A declaration is written <em>pending</em> before the
 * registry is asked and goes ahead only while the failures and the pending declarations ahead of
 * it stay under the limit, waiting briefly for those to resolve: of a burst of guesses at most the
 * limit reach the registry, while honest concurrent declarations of one person pass one wave
 * after another (more than four times the limit pending at once, or a wait past two seconds, is
 * refused as a burst). Subjects (document numbers, apps, accounts) are kept as an HMAC under a key
 * derived from the key-encryption key: nothing here names a person.
 */
@Repository
class AttemptLimits {
    private static final String SUBJECT_KEY_LABEL = "issuance:attempt-subjects";
    /** A pending declaration older than this was abandoned (an instance died mid-request): it no longer counts. */
    static final Duration PENDING_FOR_AT_MOST = Duration.ofSeconds(30);
    private static final Duration WAIT_AT_MOST = Duration.ofSeconds(2);
    /** More pending declarations than this many times the limit at once is a burst: refused without waiting. */
    private static final int QUEUE_FACTOR = 4;

    /** Written attempts: kept when they count, deleted with {@link #release} when they do not. */
    record Attempt(List<Long> ids) {
    }

    private record Window(int failed, int ahead, Instant oldest) {
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
     * A declaration about to be checked against the registry, pending for its document number and
     * its requester. The caller then calls {@link #failed} when it did not match, else {@link #release}.
     *
     * @throws IssuanceLimitException when either had too many failed declarations in the window
     */
    Attempt declaration(String documentNumber, Requester requester) {
        Attempt document = reserve("failed-document", documentSubject(documentNumber), limits.failedPerDocument());
        try {
            int requesterLimit = requester.account() == null ? limits.failedPerApp() : limits.failedPerAccount();
            Attempt byRequester = reserve("failed-requester", requesterSubject(requester), requesterLimit);
            return new Attempt(List.of(document.ids().get(0), byRequester.ids().get(0)));
        } catch (IssuanceLimitException e) {
            release(document);
            throw e;
        }
    }

    /** The declaration did not match: it counts as a failure for the window. */
    void failed(Attempt attempt) {
        jdbc.sql("update issuance_attempt set pending = false where attempt_id = any(:ids)")
                .param("ids", attempt.ids().toArray(Long[]::new)).update();
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
        return jdbc.sql("delete from issuance_attempt where at < :cutoff or (pending and at < :abandoned)")
                .param("cutoff", utc(cutoff)).param("abandoned", utc(Instant.now().minus(PENDING_FOR_AT_MOST)))
                .update();
    }

    /** The requester's key: for its limit, and to bind a challenge to it without naming it. */
    byte[] requesterSubject(Requester requester) {
        return subject(requester.account() == null ? "app:" + requester.client().appId()
                : "account:" + requester.client().appId() + ":" + requester.account());
    }

    private byte[] documentSubject(String documentNumber) {
        return subject("document:" + (documentNumber == null ? "" : documentNumber.strip()));
    }

    /** Counts at once: written, then refused when the window holds more than {@code limit}. */
    private Attempt take(String kind, byte[] subject, int limit, Limit which) {
        Instant now = Instant.now();
        long id = insert(kind, subject, false, now);
        Window window = window(kind, subject, id, now);
        if (window.failed() > limit) {
            release(new Attempt(List.of(id)));
            throw new IssuanceLimitException(which, OneTimeCodes.retryAfter(window.oldest(), limits.window(), now));
        }
        return new Attempt(List.of(id));
    }

    /** Pending: goes ahead once the failures and the pending attempts ahead of it leave room. */
    private Attempt reserve(String kind, byte[] subject, int limit) {
        Instant now = Instant.now();
        long id = insert(kind, subject, true, now);
        Attempt attempt = new Attempt(List.of(id));
        long deadline = System.nanoTime() + WAIT_AT_MOST.toNanos();
        long pause = 5;
        while (true) {
            Window window = window(kind, subject, id, Instant.now());
            if (window.failed() >= limit) {
                release(attempt);
                throw new IssuanceLimitException(Limit.FAILED_DECLARATIONS,
                        OneTimeCodes.retryAfter(window.oldest(), limits.window(), Instant.now()));
            }
            if (window.failed() + window.ahead() < limit) {
                return attempt;
            }
            if (window.ahead() >= QUEUE_FACTOR * limit || System.nanoTime() > deadline) {
                release(attempt);
                throw new IssuanceLimitException(Limit.FAILED_DECLARATIONS, Duration.ofSeconds(1));
            }
            try {
                Thread.sleep(pause);
                pause = Math.min(50, pause * 2); // polls stay few while a registry answer is awaited
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                release(attempt);
                throw new IssuanceLimitException(Limit.FAILED_DECLARATIONS, Duration.ofSeconds(1));
            }
        }
    }

    private long insert(String kind, byte[] subject, boolean pending, Instant at) {
        return jdbc.sql("""
                insert into issuance_attempt (kind, subject, pending, at) values (:kind, :subject, :pending, :at)
                returning attempt_id""")
                .param("kind", kind).param("subject", subject).param("pending", pending).param("at", utc(at))
                .query(Long.class).single();
    }

    /**
     * In the window: the counted attempts (failures, codes, issuances), and the pending ones
     * written before {@code id} and not abandoned.
     */
    private Window window(String kind, byte[] subject, long id, Instant now) {
        return jdbc.sql("""
                select count(*) filter (where not pending) as failed,
                       count(*) filter (where pending and attempt_id < :id and at >= :abandoned) as ahead,
                       min(at) filter (where not pending) as oldest
                from issuance_attempt where kind = :kind and subject = :subject and at >= :since""")
                .param("kind", kind).param("subject", subject).param("id", id)
                .param("since", utc(now.minus(limits.window())))
                .param("abandoned", utc(now.minus(PENDING_FOR_AT_MOST)))
                .query((rs, n) -> {
                    OffsetDateTime oldest = rs.getObject("oldest", OffsetDateTime.class);
                    return new Window(rs.getInt("failed"), rs.getInt("ahead"), oldest == null ? now : oldest.toInstant());
                })
                .single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
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
