package vn.qrqg.feedback.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.qrqg.feedback.FeedbackProperties;
import vn.qrqg.health.HealthRecordOrigins;
import vn.qrqg.platform.housekeeping.Housekeeping;

/**
 * Notes on a forwarded report when the system that pushed its record pushed a new record of the
 * same kind for the person after the report came (a correction comes with a new sourceId): the
 * person and the officials then see "record corrected". Every {@code correction-check-every}, one
 * instance at a time (marking is idempotent), {@value #AT_ONCE} open reports at a time, oldest first.
 */
@Component
class RecordCorrections extends Housekeeping {
    static final int AT_ONCE = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(RecordCorrections.class);

    private final FeedbackRepository repository;
    private final HealthRecordOrigins origins;

    RecordCorrections(FeedbackRepository repository, HealthRecordOrigins origins, FeedbackProperties properties) {
        super("feedback-corrections", properties.correctionCheckEvery());
        this.repository = repository;
        this.origins = origins;
    }

    /** Removes nothing: it marks, and says so itself. */
    @Override
    protected int housekeep(Instant now) {
        int marked = check();
        if (marked > 0) {
            LOG.info("{} forwarded feedback reports saw their record corrected", marked);
        }
        return 0;
    }

    /** @return how many reports it marked now */
    int check() {
        Map<UUID, Map.Entry<UUID, Instant>> waiting = repository.awaitingCorrection(AT_ONCE);
        Map<UUID, Instant> since = new HashMap<>();
        waiting.values().forEach(entry -> since.put(entry.getKey(), entry.getValue()));
        Map<UUID, Instant> corrected = origins.correctedAfter(since);
        int marked = 0;
        for (Map.Entry<UUID, Map.Entry<UUID, Instant>> report : waiting.entrySet()) {
            Instant at = corrected.get(report.getValue().getKey());
            if (at != null) {
                repository.markCorrected(report.getKey(), at);
                marked++;
            }
        }
        return marked;
    }
}
