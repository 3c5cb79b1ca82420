package vn.qrqg.feedback.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.feedback.FeedbackNotFoundException;
import vn.qrqg.feedback.FeedbackProperties;
import vn.qrqg.feedback.FeedbackStatus;
import vn.qrqg.feedback.HolderFeedback;
import vn.qrqg.feedback.TooManyFeedbackReportsException;
import vn.qrqg.holders.Holder;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.Venues;

/**
 * {@link HolderFeedback}'s work: a person's report checked, routed ({@link Routing}), numbered and
 * stored with its photo in one transaction, within the day's limit; the person's reports read back.
 */
@Service
public class PersonReports {
    static final String LIST_PURPOSE = "GET /api/v1/citizens/{qid}/feedback";
    static final String PHOTO_PURPOSE = "GET /api/v1/citizens/{qid}/feedback/{trackingNumber}/photo";

    private final FeedbackRepository repository;
    private final ReportReads reads;
    private final FeedbackKeys keys;
    private final SubmissionCheck check;
    private final Photos photos;
    private final WorkingDays workingDays;
    private final Venues venues;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int perDay;

    PersonReports(FeedbackRepository repository, ReportReads reads, FeedbackKeys keys, SubmissionCheck check, Photos photos,
            WorkingDays workingDays, Venues venues, AuditTrail audit, TransactionTemplate transactions, Clock clock,
            FeedbackProperties properties) {
        this.repository = repository;
        this.reads = reads;
        this.keys = keys;
        this.check = check;
        this.photos = photos;
        this.workingDays = workingDays;
        this.venues = venues;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.perDay = properties.perPersonPerDay();
    }

    public HolderFeedback.Submitted submit(Holder holder, HolderFeedback.Submission submission) {
        SubmissionCheck.Checked checked = check.check(holder.qid(), submission);
        Photos.Photo photo = submission.photo() == null || submission.photo().length == 0 ? null
                : photos.encodeAgain(submission.photo());
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        ZonedDateTime local = now.atZone(VietnamTime.ZONE);
        byte[] personKey = keys.personKey(holder.qid().value());
        UUID reportId = UUID.randomUUID();
        Instant due = workingDays.dueAfter(now);
        String trackingNumber = transactions.execute(status -> {
            repository.lockPerson(personKey);
            Instant midnight = local.toLocalDate().atStartOfDay(VietnamTime.ZONE).toInstant();
            if (repository.countOfPersonSince(personKey, midnight) >= perDay) {
                throw new TooManyFeedbackReportsException(perDay, Duration.between(now,
                        local.toLocalDate().plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant()));
            }
            String number = "PA-%d-%06d".formatted(local.getYear(), repository.nextNumber(local.getYear()));
            repository.insert(new FeedbackRepository.StoredReport(reportId, number, checked.category(),
                    FeedbackStatus.RECEIVED, keys.sealReporter(reportId, checked.reporter()),
                    keys.sealText(reportId, "text", checked.text()), null, checked.provinceCode(),
                    checked.communeCode(), checked.venueCode(), checked.record() == null ? null : checked.record().recordId(),
                    checked.record() == null ? null : checked.record().kind(),
                    checked.record() == null ? null : checked.record().source(), holder.appId(), now, due, null, null,
                    null, null, null, null, photo != null), personKey);
            if (checked.read() != null) {
                reads.insert(reportId, new ReportReads.Link(checked.read().accessId(), checked.read().at().toInstant()));
            }
            if (photo != null) {
                repository.insertPhoto(reportId, photo.contentType(), keys.sealPhoto(reportId, photo.bytes()));
            }
            return number;
        });
        return new HolderFeedback.Submitted(trackingNumber, FeedbackStatus.RECEIVED, local(due));
    }

    public HolderFeedback.OwnReports of(Holder holder) {
        List<FeedbackRepository.StoredReport> stored = repository.ofPerson(keys.personKey(holder.qid().value()));
        Map<String, Optional<Venue>> places = new HashMap<>();
        List<HolderFeedback.OwnReport> items = stored.stream().map(r -> new HolderFeedback.OwnReport(r.trackingNumber(),
                r.category(), r.status(), keys.openText(r.reportId(), "text", r.textSealed()), r.communeCode(),
                r.venueCode() == null ? null : places.computeIfAbsent(r.venueCode(), code -> venues.find(new VenueCode(code)))
                        .map(v -> new HolderFeedback.Place(v.code().value(), v.name()))
                        .orElse(new HolderFeedback.Place(r.venueCode(), null)),
                r.recordId(), r.hasPhoto(), local(r.createdAt()), local(r.dueAt()),
                r.answeredAt() == null ? null : new HolderFeedback.Answer(
                        keys.openText(r.reportId(), "answer", r.answerSealed()), local(r.answeredAt())),
                local(r.recordCorrectedAt()), local(r.closedAt()))).toList();
        audit.record(AuditEntry.of(holder.app(), null, LIST_PURPOSE, holder.qid(), null,
                items.isEmpty() ? List.of() : List.of("feedback"), "READ"));
        return new HolderFeedback.OwnReports(items);
    }

    public HolderFeedback.Photo photo(Holder holder, String trackingNumber) {
        byte[] personKey = keys.personKey(holder.qid().value());
        FeedbackRepository.StoredReport report = repository.byTrackingNumber(TrackingNumbers.normalised(trackingNumber))
                .filter(r -> repository.isOfPerson(r.reportId(), personKey))
                .orElseThrow(FeedbackNotFoundException::new);
        FeedbackRepository.Photo photo = repository.photo(report.reportId()).orElseThrow(FeedbackNotFoundException::new);
        audit.record(AuditEntry.of(holder.app(), null, PHOTO_PURPOSE, holder.qid(), null, List.of("photo"), "READ"));
        return new HolderFeedback.Photo(photo.contentType(), keys.openPhoto(report.reportId(), photo.sealed()));
    }

    static OffsetDateTime local(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, VietnamTime.ZONE);
    }
}
