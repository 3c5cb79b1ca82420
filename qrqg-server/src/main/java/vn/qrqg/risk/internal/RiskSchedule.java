package vn.qrqg.risk.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.platform.housekeeping.Housekeeping;

/**
 * The daily levels: every {@code compute-every}, assesses today again unless another instance did
 * within half that time; and yesterday once more when its last assessment came before its end,
 * so that each day's levels count its whole week. The first run a minute after the start.
 */
final class RiskSchedule extends Housekeeping {
    private static final Logger LOG = LoggerFactory.getLogger(RiskSchedule.class);

    private final RiskAssessment assessment;
    private final LevelRepository levels;
    private final AnswerCache cache;
    private final Duration every;

    RiskSchedule(RiskAssessment assessment, LevelRepository levels, AnswerCache cache, Duration every) {
        super("risk-levels", every, Duration.ofMinutes(1));
        this.assessment = assessment;
        this.levels = levels;
        this.cache = cache;
        this.every = every;
    }

    /** @return 0: it removes nothing, and logs each assessment itself */
    @Override
    protected int housekeep(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, VietnamTime.ZONE);
        Instant startOfToday = today.atStartOfDay(VietnamTime.ZONE).toInstant();
        if (levels.computedAt(today.minusDays(1)).map(at -> at.isBefore(startOfToday)).orElse(true)) {
            log(assessment.assess(today.minusDays(1)));
        }
        if (levels.computedAt(today).map(at -> at.isBefore(now.minus(every.dividedBy(2)))).orElse(true)) {
            log(assessment.assess(today));
        }
        cache.clear();
        return 0;
    }

    private static void log(RiskAssessment.Outcome outcome) {
        LOG.info("Risk levels of {} assessed: {} communes, {} provinces, {} changed, in {} ms", outcome.date(),
                outcome.communes(), outcome.provinces(), outcome.changed(), outcome.millis());
    }
}
