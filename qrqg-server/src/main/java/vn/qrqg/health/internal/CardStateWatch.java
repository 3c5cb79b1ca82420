package vn.qrqg.health.internal;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrqg.platform.housekeeping.Housekeeping;

/**
 * Evaluates again the cards that are due: their colour's last second passed (a test aged out, a
 * dose aged in, a birthday, the province's next rules), their province's rules changed, or their
 * month is up ({@link CardStates#REFRESHED_EVERY}); states of people without a valid token are
 * dropped then. Every {@code qrqg.health.card-check-every} (30 s), on every instance: each takes
 * {@value #AT_ONCE} due states at a time, skipping those another holds, until none is left or the
 * run has taken {@link #RUN_FOR}; the next run goes on from there. So a card changes within about
 * a minute of its {@code validUntil}, and a province's millions within minutes.
 */
final class CardStateWatch extends Housekeeping {
    static final int AT_ONCE = 500;
    static final Duration RUN_FOR = Duration.ofSeconds(20);
    private static final Logger LOG = LoggerFactory.getLogger(CardStateWatch.class);

    private final CardStates states;

    CardStateWatch(CardStates states, Duration every) {
        super("covid-card-states", every);
        this.states = states;
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

    /** Evaluates due states by the platform's clock, in batches, for {@link #RUN_FOR} at most. @return how many */
    int run() {
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
