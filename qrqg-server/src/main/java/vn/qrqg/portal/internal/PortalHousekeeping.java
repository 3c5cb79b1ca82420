package vn.qrqg.portal.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.holders.InvalidHolderTokenException;
import vn.qrqg.platform.housekeeping.Housekeeping;
import vn.qrqg.portal.PortalProperties;

/**
 * Deletes the portal's personal data once it is no longer used (Regulation 733): sign-ins past a
 * day, expired sessions, and the people of a phone that has not signed in for the
 * people-retention and has no session left, their holder tokens revoked first so that no token
 * outlives the row that held it. Every ten minutes, in the background, one instance at a time (the
 * deletes and revocations are idempotent), whether or not anything new is written.
 */
@Component
class PortalHousekeeping extends Housekeeping {
    private static final Duration EVERY = Duration.ofMinutes(10);
    private static final int BATCH = 500;

    private final SignInRepository signIns;
    private final Sessions sessions;
    private final PersonRepository people;
    private final HolderTokens holderTokens;
    private final PortalApp app;
    private final Duration peopleRetention;

    PortalHousekeeping(SignInRepository signIns, Sessions sessions, PersonRepository people, HolderTokens holderTokens,
            PortalApp app, PortalProperties properties) {
        super("portal", EVERY);
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
            holderTokens.revoke(holderTokens.verify(app.caller(), people.holderToken(person)));
        } catch (InvalidHolderTokenException e) {
            // revoked already (by the person, an operator or another instance): nothing to do
        }
    }

    @Override
    protected int housekeep(Instant now) {
        return deleteExpired(now);
    }
}
