package vn.qrqg.portal.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.holders.InvalidHolderTokenException;
import vn.qrqg.portal.PortalProperties;

/**
 * Deletes the portal's personal data once it is no longer used (Regulation 733): sign-ins past a
 * day, expired sessions, and the people of a phone that has not signed in for the
 * people-retention and has no session left, their holder tokens revoked first so that no token
 * outlives the row that held it. Every ten minutes, in the background, on every instance (the
 * deletes and revocations are idempotent), whether or not anything new is written.
 */
@Component
class PortalHousekeeping implements SmartLifecycle {
    private static final Duration EVERY = Duration.ofMinutes(10);
    private static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(PortalHousekeeping.class);

    private final SignInRepository signIns;
    private final Sessions sessions;
    private final PersonRepository people;
    private final HolderTokens holderTokens;
    private final PortalApp app;
    private final Duration peopleRetention;
    private ScheduledExecutorService runs;

    PortalHousekeeping(SignInRepository signIns, Sessions sessions, PersonRepository people, HolderTokens holderTokens,
            PortalApp app, PortalProperties properties) {
        this.signIns = signIns;
        this.sessions = sessions;
        this.people = people;
        this.holderTokens = holderTokens;
        this.app = app;
        this.peopleRetention = properties.peopleRetention();
    }

    /** @return how many sign-ins, sessions and people were deleted */
    int deleteExpired(Instant now) {
        return signIns.deleteBefore(now.minus(SignIns.KEPT_FOR)) + sessions.deleteExpired(now) + deleteDormantPeople(now);
    }

    private int deleteDormantPeople(Instant now) {
        int deleted = 0;
        while (true) {
            var dormant = people.dormant(now.minus(peopleRetention), now, BATCH);
            for (PersonRepository.Dormant person : dormant) {
                revokeHolderToken(person);
                people.delete(person.phone(), person.qid());
            }
            deleted += dormant.size();
            if (dormant.size() < BATCH) {
                return deleted;
            }
        }
    }

    private void revokeHolderToken(PersonRepository.Dormant person) {
        try {
            holderTokens.revoke(holderTokens.verify(app.caller().appId(), people.holderToken(person)));
        } catch (InvalidHolderTokenException e) {
            // revoked already (by the person, an operator or another instance): nothing to do
        }
    }

    @Override
    public synchronized void start() {
        runs = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("portal-housekeeping")
                .factory());
        runs.scheduleWithFixedDelay(this::deleteExpiredAndLog, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (runs != null) {
            runs.shutdownNow();
            runs = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return runs != null;
    }

    private void deleteExpiredAndLog() {
        try {
            int deleted = deleteExpired(Instant.now());
            if (deleted > 0) {
                LOG.info("Portal housekeeping deleted {} expired sign-ins, sessions and people", deleted);
            }
        } catch (RuntimeException e) {
            // the next run tries again; the exception's type only: its message may quote SQL values
            LOG.warn("Portal housekeeping failed ({}); trying again in {}", e.getClass().getSimpleName(), EVERY);
        }
    }
}
