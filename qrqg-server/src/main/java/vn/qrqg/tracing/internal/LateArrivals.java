package vn.qrqg.tracing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import vn.qrqg.checkins.CheckInsProperties;
import vn.qrqg.checkins.CheckInsUploaded;
import vn.qrqg.declarations.JourneyDeclared;
import vn.qrqg.platform.housekeeping.Housekeeping;
import vn.qrqg.tracing.ExposureReason;
import vn.qrqg.tracing.TracingProperties;

/**
 * What tracing a case once, when it is reported, cannot see: an offline reader's batch uploaded
 * later (up to days late), and the visits that begin after the tracing but within the case's
 * margins. A batch at a venue where a case (or its F1) put people at risk in its hours, or a
 * travel declared later on a vehicle where they did, has those cases traced again as it arrives:
 * one indexed look-up per batch or declaration, nothing more where no case was. Every minute, a case traced before its last risk closed (confirmation plus the margin
 * after) is traced once more after it closed, and every case is traced again each day while
 * readers may still upload its days (their maximum lateness): so a late upload of the case's own
 * visit, or an F1's, finds their contacts within a day. Tracing again writes only what it had not.
 */
@Component
class LateArrivals extends Housekeeping {
    private static final Logger LOG = LoggerFactory.getLogger(LateArrivals.class);
    private static final Duration EVERY = Duration.ofMinutes(1);
    /** Check-ins take a moment to commit: a case's follow-up waits this long past its last risk. */
    private static final Duration LAG = Duration.ofMinutes(1);
    private static final int FOLLOW_UPS_AT_ONCE = 100;

    private final ContactTracing tracing;
    private final SiteRepository sites;
    private final CaseRepository cases;
    private final TracingProperties properties;
    private final Duration longestVisit;
    private final Duration lateness;

    LateArrivals(ContactTracing tracing, SiteRepository sites, CaseRepository cases, TracingProperties properties,
            CheckInsProperties checkIns) {
        super("tracing-follow-up", EVERY);
        this.tracing = tracing;
        this.sites = sites;
        this.cases = cases;
        this.properties = properties;
        this.longestVisit = checkIns.longestVisit();
        this.lateness = checkIns.maxLateness();
    }

    /** Off the uploading request's thread; a hint, heard at most once (the daily re-tracing is the guarantee). */
    @Async
    @EventListener
    void on(CheckInsUploaded uploaded) {
        // the visits the batch's events belong to may reach one visit duration past them
        List<UUID> atRisk = sites.openCasesAt(ExposureReason.VENUE, uploaded.venueCode(),
                uploaded.earliest().minus(longestVisit), uploaded.latest().plus(longestVisit));
        int listed = atRisk.stream().mapToInt(tracing::retrace).sum();
        if (listed > 0) {
            LOG.info("A batch uploaded at a venue at risk: {} cases traced again, {} contacts new", atRisk.size(), listed);
        }
    }

    /** A journey declared late, on a vehicle where a case or its F1 put people at risk then: those cases again. */
    @Async
    @EventListener
    void on(JourneyDeclared declared) {
        List<UUID> atRisk = sites.openCasesAt(ExposureReason.TRAVEL, declared.vehicleKey(), declared.from(), declared.to());
        int listed = atRisk.stream().mapToInt(tracing::retrace).sum();
        if (listed > 0) {
            LOG.info("A journey declared on a vehicle at risk: {} cases traced again, {} contacts new", atRisk.size(),
                    listed);
        }
    }

    @Override
    protected int housekeep(Instant now) {
        List<UUID> due = cases.dueForFollowUp(properties.marginAfter(), LAG, lateness, now, FOLLOW_UPS_AT_ONCE);
        return due.stream().mapToInt(tracing::retrace).sum();
    }
}
