package vn.qrqg.issuance.citizens;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
 * at once: a declaration takes its subjects' advisory locks only while it is written. Codes and
 * in-person issuances are written, then counted with every other: concurrent ones see each
 * other, at most the limit pass (when they race, both may be refused, never both let through).
 * A declaration is written <em>pending</em> before the registry is asked and goes ahead only while the failures and the pending declarations ahead of
 * it stay under the limit, waiting briefly for those to resolve: of a burst of guesses at most the
 * limit reach the registry (of a document number's or an account's; an app's is counted without its
 * lock, and may let through as many more as are written at the same instant), while honest concurrent declarations of one person pass one wave
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
        // an app's limit is counted without its lock: every declaration of a national app would wait on it
        Counted requesterCount = requester.account() == null
                ? new Counted("failed-requester", requesterSubject(requester), limits.failedPerApp(), false)
                : new Counted("failed-requester", requesterSubject(requester), limits.failedPerAccount(), true);
        return reserve(List.of(new Counted("failed-document", documentSubject(documentNumber), limits.failedPerDocument(),
                true), requesterCount));
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

    /** A subject's count of one kind, and its limit. */
    /**
     * @param locked whether the subject's declarations are drawn one after another (its advisory
     *        lock), so that at most {@code limit} of a burst reach the registry; unlocked, as many
     *        more as are written at the same instant may (an app's: its limit is in the hundreds,
     *        and all of a national app's declarations would queue on one lock)
     */
    private record Counted(String kind, byte[] subject, int limit, boolean locked) {
    }

    /**
     * Pending for every one of {@code counted} at once (one insert, one count a round): goes ahead
     * once, for each, the failures and the pending attempts ahead of it leave room.
     */
    private Attempt reserve(List<Counted> counted) {
        String[] kinds = counted.stream().map(Counted::kind).toArray(String[]::new);
        String[] subjects = counted.stream().map(c -> HexFormat.of().formatHex(c.subject())).toArray(String[]::new);
        String[] lockedKeys = counted.stream().filter(Counted::locked)
                .map(c -> c.kind() + ":" + HexFormat.of().formatHex(c.subject())).toArray(String[]::new);
        Map<String, Long> idsByKind = new HashMap<>();
        // Each locked subject's lock is held until this statement commits: a declaration's id is drawn and
        // committed before the next one's for that subject, so "the pending ones ahead of it" (a
        // lower id) are all visible to its count. Without it, a lower id committed after a higher
        // one had counted, and a burst of 40 guesses let 6 reach the registry (ProofOfPersonIT).
        // Locked in hash order, so two declarations never wait on each other's second lock.
        jdbc.sql("""
                with locked as (
                    select pg_advisory_xact_lock(h)
                    from (select distinct hashtextextended(k, 0) as h from unnest(:locked::text[]) as t(k) order by h) as s)
                insert into issuance_attempt (kind, subject, pending, at)
                select kind, decode(subject, 'hex'), true, :at from unnest(:kinds::text[], :subjects::text[]) as t(kind, subject)
                where (select count(*) from locked) >= 0
                returning attempt_id, kind""")
                .param("kinds", kinds).param("subjects", subjects).param("locked", lockedKeys)
                .param("at", utc(Instant.now()))
                .query((rs, n) -> idsByKind.put(rs.getString("kind"), rs.getLong("attempt_id"))).list();
        List<Long> ids = counted.stream().map(c -> idsByKind.get(c.kind())).toList(); // in the order of counted
        Attempt attempt = new Attempt(ids);
        long deadline = System.nanoTime() + WAIT_AT_MOST.toNanos();
        long pause = 5;
        while (true) {
            Instant now = Instant.now();
            List<Window> windows = windows(kinds, subjects, ids, now);
            boolean room = true;
            for (int i = 0; i < counted.size(); i++) {
                Window window = windows.get(i);
                int limit = counted.get(i).limit();
                if (window.failed() >= limit) {
                    release(attempt);
                    throw new IssuanceLimitException(Limit.FAILED_DECLARATIONS,
                            OneTimeCodes.retryAfter(window.oldest(), limits.window(), now));
                }
                if (window.ahead() >= QUEUE_FACTOR * limit) {
                    release(attempt);
                    throw new IssuanceLimitException(Limit.FAILED_DECLARATIONS, Duration.ofSeconds(1));
                }
                room &= window.failed() + window.ahead() < limit;
            }
            if (room) {
                return attempt;
            }
            if (System.nanoTime() > deadline) {
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

    /** {@link #window} of each subject (in order), in one query. */
    private List<Window> windows(String[] kinds, String[] subjects, List<Long> ids, Instant now) {
        return jdbc.sql("""
                select count(a.attempt_id) filter (where not a.pending) as failed,
                       count(a.attempt_id) filter (where a.pending and a.attempt_id < k.id and a.at >= :abandoned) as ahead,
                       min(a.at) filter (where not a.pending) as oldest
                from unnest(:kinds::text[], :subjects::text[], :ids::bigint[]) with ordinality as k(kind, subject, id, n)
                left join issuance_attempt a
                       on a.kind = k.kind and a.subject = decode(k.subject, 'hex') and a.at >= :since
                group by k.n order by k.n""")
                .param("kinds", kinds).param("subjects", subjects).param("ids", ids.toArray(Long[]::new))
                .param("since", utc(now.minus(limits.window())))
                .param("abandoned", utc(now.minus(PENDING_FOR_AT_MOST)))
                .query((rs, n) -> {
                    OffsetDateTime oldest = rs.getObject("oldest", OffsetDateTime.class);
                    return new Window(rs.getInt("failed"), rs.getInt("ahead"), oldest == null ? now : oldest.toInstant());
                })
                .list();
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
