package vn.qrqg.health.internal;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.platform.housekeeping.Housekeeping;

/**
 * Evaluates again the cards that are due: their colour's last second passed (a test aged out, a
 * dose aged in, a birthday, the province's next rules), their province's rules changed, or their
 * month is up ({@link CardStates#REFRESHED_EVERY}); states of people without a valid token are
 * dropped then. Every {@code qrqg.health.card-check-every} (30 s), on every instance: each takes
 * {@value #AT_ONCE} due states at a time, skipping those another holds, until none is left or the
 * run has taken {@link #RUN_FOR}; the next run goes on from there. So a card changes within about
 * a minute of its {@code validUntil}, and a province's millions within minutes. Each run also goes a
 * page ({@value #SWEPT_AT_ONCE}) further through the people apps hold tokens for, starting the
 * states missing, and through the states, dropping those whose person no app acts for any more;
 * each instance keeps its own place, and starts again from the first at the end.
 */
final class CardStateWatch extends Housekeeping {
    static final int AT_ONCE = 500;
    static final Duration RUN_FOR = Duration.ofSeconds(20);
    static final int SWEPT_AT_ONCE = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(CardStateWatch.class);

    private final CardStates states;
    /** Where the sweeps are: the last QID of the page before, {@code null} to start from the first. */
    private Qid holdersAfter;
    private String statesAfter;

    CardStateWatch(CardStates states, Duration every) {
        super("covid-card-states", every);
        this.states = states;
    }

    /**
     * Every instance: the due states are shared out ({@code for update skip locked}), so a province's
     * millions are evaluated again by all instances together; the sweeps' pages are idempotent.
     */
    @Override
    protected boolean onEveryInstance() {
        return true;
    }

    /** Removes nothing it counts: it says itself what it did. */
    @Override
    protected int housekeep(Instant now) {
        int evaluated = run();
        if (evaluated > 0) {
            LOG.info("{} COVID cards evaluated again", evaluated);
        }
        return 0;
    }

    /**
     * Evaluates due states by the platform's clock, in batches, for {@link #RUN_FOR} at most, then
     * sweeps a page of holders and of states. @return how many were due
     */
    int run() {
        int evaluated = reevaluateDue();
        sweep();
        return evaluated;
    }

    /** One page of each sweep. Runs one at a time: the housekeeping's own thread. */
    synchronized void sweep() {
        holdersAfter = states.startMissing(holdersAfter, SWEPT_AT_ONCE);
        statesAfter = states.dropUnheld(statesAfter, SWEPT_AT_ONCE);
    }

    private int reevaluateDue() {
        long until = System.nanoTime() + RUN_FOR.toNanos();
        int evaluated = 0;
        int batch;
        do {
            batch = states.reevaluateDue(AT_ONCE);
            evaluated += batch;
        } while (batch == AT_ONCE && System.nanoTime() < until);
        return evaluated;
    }
}
