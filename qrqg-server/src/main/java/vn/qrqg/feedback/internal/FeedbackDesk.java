package vn.qrqg.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.qrqg.platform.events.EventOutbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.App;
import vn.qrqg.clients.Apps;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.feedback.FeedbackAnswered;
import vn.qrqg.feedback.FeedbackCategory;
import vn.qrqg.feedback.FeedbackClosedException;
import vn.qrqg.feedback.FeedbackNotFoundException;
import vn.qrqg.feedback.HolderFeedback;
import vn.qrqg.health.HealthRecordOrigins;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.scanning.ShortNames;
import vn.qrqg.venues.Venues;

/**
 * What officials (scope {@code feedback:handle}) do with reports: the queue, one report, its
 * photo, and the actions on it. An app limited to provinces or categories sees only reports of
 * those; any other report is not found, as if it did not exist. Every read of a report's content
 * is audited before it is answered.
 */
@Service
class FeedbackDesk {
    static final String READ_PURPOSE = "GET /api/v1/feedback/{trackingNumber}";
    static final String PHOTO_PURPOSE = "GET /api/v1/feedback/{trackingNumber}/photo";
    static final String CSV_PURPOSE = "GET /api/v1/feedback/forwarded.csv";
    static final List<String> READ_FIELDS = List.of("text", "qid", "shortName", "birthYear", "communeCode");
    /** With the read of the person's access log an UNRECOGNISED_READ report is about. */
    static final List<String> READ_WITH_READ_FIELDS = List.of("text", "qid", "shortName", "birthYear", "communeCode",
            "unrecognisedRead");
    static final int PREVIOUS_REPORTS = 20;

    private final FeedbackRepository repository;
    private final UnrecognisedReads unrecognisedReads;
    private final FeedbackKeys keys;
    private final PopulationRegistry registry;
    private final HealthRecordOrigins origins;
    private final Venues venues;
    private final Apps apps;
    private final AuditTrail audit;
    private final EventOutbox events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FeedbackDesk(FeedbackRepository repository, UnrecognisedReads unrecognisedReads, FeedbackKeys keys,
            PopulationRegistry registry, HealthRecordOrigins origins, Venues venues, Apps apps, AuditTrail audit, EventOutbox events,
            TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.unrecognisedReads = unrecognisedReads;
        this.keys = keys;
        this.registry = registry;
        this.origins = origins;
        this.venues = venues;
        this.apps = apps;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The queue's filters as the official asked; null for none. */
    record Wanted(Collection<vn.qrqg.feedback.FeedbackStatus> statuses, Collection<FeedbackCategory> categories,
            String provinceCode, String venueCode, String assignee, boolean overdueOnly, String orderBy) {
    }

    ReportViews.Queue queue(Wanted wanted, int page, int size, CallingClient official) {
        Collection<String> provinces = provincesOf(official);
        if (wanted.provinceCode() != null) {
            provinces = provinces == null || provinces.contains(wanted.provinceCode()) ? List.of(wanted.provinceCode())
                    : List.of();
        }
        Collection<FeedbackCategory> categories = categoriesOf(official);
        if (wanted.categories() != null && !wanted.categories().isEmpty()) {
            categories = categories == null ? wanted.categories()
                    : wanted.categories().stream().filter(categories::contains).toList();
        }
        Instant now = clock.instant();
        FeedbackRepository.Page found = repository.queue(new FeedbackRepository.QueueFilter(wanted.statuses(),
                categories, provinces, wanted.venueCode(), wanted.assignee(), wanted.overdueOnly(), now,
                wanted.orderBy()), (long) page * size, size);
        return new ReportViews.Queue(found.total(), page, size,
                found.items().stream().map(r -> ReportViews.Summary.of(r, now)).toList());
    }

    /** @throws FeedbackNotFoundException when there is no such report, or the official may not see it */
    ReportViews.Report read(String trackingNumber, CallingClient official) {
        FeedbackRepository.StoredReport report = visible(trackingNumber, official);
        return whole(report, official);
    }

    HolderFeedback.Photo photo(String trackingNumber, CallingClient official) {
        FeedbackRepository.StoredReport report = visible(trackingNumber, official);
        FeedbackRepository.Photo photo = repository.photo(report.reportId()).orElseThrow(FeedbackNotFoundException::new);
        FeedbackKeys.Reporter reporter = keys.openReporter(report.reportId(), report.personSealed());
        audit.record(AuditEntry.of(official, Scopes.FEEDBACK_HANDLE, PHOTO_PURPOSE, new Qid(reporter.qid()), null,
                List.of("photo"), "READ"));
        return new HolderFeedback.Photo(photo.contentType(), keys.openPhoto(report.reportId(), photo.sealed()));
    }

    /** @param assignee an official app's client_id; null for the caller */
    ReportViews.Report assign(String trackingNumber, String assignee, CallingClient official) {
        FeedbackRepository.StoredReport report = visible(trackingNumber, official);
        String to = assignee == null || assignee.isBlank() ? official.clientId() : assignee.strip();
        if (!to.equals(official.clientId()) && apps.findByClientId(to).filter(app -> app.scopes()
                .contains(Scopes.FEEDBACK_HANDLE)).isEmpty()) {
            throw new InvalidFieldException("assignee", "is no app of officials (scope feedback:handle)");
        }
        if (!repository.assign(report.reportId(), to)) {
            throw new FeedbackClosedException(report.trackingNumber());
        }
        return read(trackingNumber, official);
    }

    ReportViews.Report forward(String trackingNumber, CallingClient official) {
        FeedbackRepository.StoredReport report = visible(trackingNumber, official);
        if (report.recordId() == null) {
            throw new InvalidFieldException("trackingNumber", "names a report about no health record: there is no "
                    + "system to forward it to");
        }
        if (!repository.forward(report.reportId(), clock.instant())) {
            throw new FeedbackClosedException(report.trackingNumber());
        }
        return read(trackingNumber, official);
    }

    ReportViews.Report answer(String trackingNumber, String text, CallingClient official) {
        FeedbackRepository.StoredReport report = visible(trackingNumber, official);
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty() || answer.codePointCount(0, answer.length()) > SubmissionCheck.MAX_TEXT) {
            throw new InvalidFieldException("text", "is required, at most " + SubmissionCheck.MAX_TEXT + " characters");
        }
        Instant now = clock.instant();
        boolean answered = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!repository.answer(report.reportId(), keys.sealText(report.reportId(), "answer", answer),
                    official.clientId(), now)) {
                return false;
            }
            events.publish(new FeedbackAnswered(report.reportId(), report.trackingNumber(), now,
                    new Qid(keys.openReporter(report.reportId(), report.personSealed()).qid())));
            return true;
        }));
        if (!answered) {
            throw new FeedbackClosedException(report.trackingNumber());
        }
        return read(trackingNumber, official);
    }

    ReportViews.Report close(String trackingNumber, CallingClient official) {
        FeedbackRepository.StoredReport report = visible(trackingNumber, official);
        if (!repository.close(report.reportId(), clock.instant())) {
            throw new FeedbackClosedException(report.trackingNumber());
        }
        return read(trackingNumber, official);
    }

    List<ReportViews.Source> forwardedSources(CallingClient official) {
        return repository.forwardedSources(provincesOf(official), categoriesOf(official)).stream()
                .map(s -> new ReportViews.Source(s.source(), sourceName(s.source()), s.open(), s.corrected())).toList();
    }

    /** Every report forwarded to {@code source}, each read audited before it is handed over. */
    void eachForwarded(String source, CallingClient official, Consumer<ReportViews.Report> consumer) {
        for (FeedbackRepository.StoredReport report : repository.forwardedTo(source, provincesOf(official),
                categoriesOf(official))) {
            consumer.accept(whole(report, official, CSV_PURPOSE));
        }
    }

    private ReportViews.Report whole(FeedbackRepository.StoredReport r, CallingClient official) {
        return whole(r, official, READ_PURPOSE);
    }

    private ReportViews.Report whole(FeedbackRepository.StoredReport r, CallingClient official, String purpose) {
        Instant now = clock.instant();
        FeedbackKeys.Reporter reporter = keys.openReporter(r.reportId(), r.personSealed());
        Optional<RegisteredPerson> registered = reporter.documentNumber() == null ? Optional.empty()
                : registry.findByDocumentNumber(reporter.documentNumber());
        ReportViews.Person person = new ReportViews.Person(reporter.qid(),
                registered.map(p -> ShortNames.of(p.fullName())).orElse(null),
                registered.map(p -> p.birthDate().year()).orElse(null),
                registered.map(RegisteredPerson::communeCode).orElse(null));
        ReportViews.Place venue = r.venueCode() == null ? null : venues.find(new VenueCode(r.venueCode()))
                .map(v -> new ReportViews.Place(v.code().value(), v.name(), v.communeCode()))
                .orElse(new ReportViews.Place(r.venueCode(), null, null));
        Optional<HealthRecordOrigins.RecordOrigin> origin = r.recordId() == null || reporter.documentNumber() == null
                ? Optional.empty() : origins.of(r.recordId(), reporter.documentNumber());
        ReportViews.Record record = r.recordId() == null ? null : new ReportViews.Record(r.recordId(), r.recordKind(),
                r.recordSource(), sourceName(r.recordSource()), origin.map(HealthRecordOrigins.RecordOrigin::sourceId)
                        .orElse(null), origin.map(o -> PersonReports.local(o.pushedAt())).orElse(null));
        List<ReportViews.Summary> previous = r.venueCode() == null ? List.of()
                : repository.ofVenue(r.venueCode(), r.reportId(), PREVIOUS_REPORTS).stream()
                        .filter(other -> mayTouch(other, official)).map(other -> ReportViews.Summary.of(other, now)).toList();
        ReportViews.Read read = unrecognisedReads.of(r, reporter.qid()).orElse(null);
        ReportViews.Summary s = ReportViews.Summary.of(r, now);
        audit.record(AuditEntry.of(official, Scopes.FEEDBACK_HANDLE, purpose, new Qid(reporter.qid()), null,
                read == null ? READ_FIELDS : READ_WITH_READ_FIELDS, r.status().name()));
        return new ReportViews.Report(s.trackingNumber(), s.category(), s.status(), s.provinceCode(), s.communeCode(),
                s.venueCode(), s.recordKind(), s.hasPhoto(), s.createdAt(), s.dueAt(), s.overdue(), s.assignee(),
                s.answeredAt(), s.closedAt(), s.forwardedTo(), s.forwardedAt(), s.recordCorrectedAt(),
                keys.openText(r.reportId(), "text", r.textSealed()), person, venue, record, read,
                r.answeredAt() == null ? null : new ReportViews.Answer(keys.openText(r.reportId(), "answer",
                        r.answerSealed()), PersonReports.local(r.answeredAt()), r.answeredBy()), previous);
    }

    private FeedbackRepository.StoredReport visible(String trackingNumber, CallingClient official) {
        return repository.byTrackingNumber(TrackingNumbers.normalised(trackingNumber))
                .filter(report -> mayTouch(report, official)).orElseThrow(FeedbackNotFoundException::new);
    }

    private boolean mayTouch(FeedbackRepository.StoredReport report, CallingClient official) {
        Collection<FeedbackCategory> categories = categoriesOf(official);
        return official.covers(report.provinceCode()) && (categories == null || categories.contains(report.category()));
    }

    private String sourceName(String clientId) {
        return clientId == null ? null : apps.findByClientId(clientId).map(App::name).orElse(null);
    }

    /** The provinces an official's app is limited to; null when it works nationwide. */
    private static Collection<String> provincesOf(CallingClient official) {
        return official.nationwide() ? null : new ArrayList<>(official.provinces());
    }

    /** The categories an official's app is limited to; null when it sees every one. */
    private Collection<FeedbackCategory> categoriesOf(CallingClient official) {
        List<FeedbackCategory> limited = repository.categoriesOf(official.appId());
        return limited.isEmpty() ? null : limited;
    }
}
