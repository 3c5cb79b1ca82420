package vn.qrqg.feedback.internal;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.feedback.FeedbackCategory;
import vn.qrqg.feedback.FeedbackStatus;
import vn.qrqg.platform.csv.CsvFields;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.platform.web.WholeNumbers;

/**
 * Officials (scope {@code feedback:handle}) triage and answer reports ({@link FeedbackDesk}).
 * Nothing here is kept by a cache.
 */
@RestController
@RequestMapping("/api/v1/feedback")
@RequiresScope(Scopes.FEEDBACK_HANDLE)
class FeedbackController {
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;
    static final String CSV_HEADER = "trackingNumber,category,status,recordKind,recordId,sourceId,createdAt,dueAt,"
            + "forwardedAt,recordCorrectedAt,text\r\n";
    private static final CacheControl NO_STORE = CacheControl.noStore();

    /** {@code {assignee?}}. */
    record Assignment(String assignee) {
    }

    /** {@code {text}}. */
    record AnswerText(String text) {
    }

    private final FeedbackDesk desk;

    FeedbackController(FeedbackDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    ResponseEntity<ReportViews.Queue> queue(@RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "category", required = false) String category,
            @RequestParam(name = "provinceCode", required = false) String provinceCode,
            @RequestParam(name = "venueCode", required = false) String venueCode,
            @RequestParam(name = "assignee", required = false) String assignee,
            @RequestParam(name = "overdue", required = false) String overdue,
            @RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "page", defaultValue = "0") String page,
            @RequestParam(name = "size", required = false) String size,
            @AuthenticationPrincipal CallingClient official) {
        FeedbackDesk.Wanted wanted = new FeedbackDesk.Wanted(list("status", status, FeedbackStatus::valueOf),
                list("category", category, FeedbackCategory::valueOf), blankToNull(provinceCode),
                blankToNull(venueCode) == null ? null : venueCode.strip().toUpperCase(Locale.ROOT), blankToNull(assignee),
                flag(overdue), order(sort));
        return ResponseEntity.ok().cacheControl(NO_STORE).body(desk.queue(wanted,
                WholeNumbers.parse("page", page, 0, 1_000_000),
                size == null ? DEFAULT_SIZE : WholeNumbers.parse("size", size, 1, MAX_SIZE), official));
    }

    @GetMapping("/{trackingNumber}")
    ResponseEntity<ReportViews.Report> report(@PathVariable("trackingNumber") String trackingNumber,
            @AuthenticationPrincipal CallingClient official) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(desk.read(trackingNumber, official));
    }

    @GetMapping("/{trackingNumber}/photo")
    ResponseEntity<byte[]> photo(@PathVariable("trackingNumber") String trackingNumber,
            @AuthenticationPrincipal CallingClient official) {
        return desk.photo(trackingNumber, official).asResponse();
    }

    @PostMapping("/{trackingNumber}/assign")
    ResponseEntity<ReportViews.Report> assign(@PathVariable("trackingNumber") String trackingNumber,
            @RequestBody(required = false) Assignment body, @AuthenticationPrincipal CallingClient official) {
        return ResponseEntity.ok().cacheControl(NO_STORE)
                .body(desk.assign(trackingNumber, body == null ? null : body.assignee(), official));
    }

    @PostMapping("/{trackingNumber}/answer")
    ResponseEntity<ReportViews.Report> answer(@PathVariable("trackingNumber") String trackingNumber,
            @RequestBody AnswerText body, @AuthenticationPrincipal CallingClient official) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(desk.answer(trackingNumber, body.text(), official));
    }

    @PostMapping("/{trackingNumber}/close")
    ResponseEntity<ReportViews.Report> close(@PathVariable("trackingNumber") String trackingNumber,
            @AuthenticationPrincipal CallingClient official) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(desk.close(trackingNumber, official));
    }

    @PostMapping("/{trackingNumber}/forward")
    ResponseEntity<ReportViews.Report> forward(@PathVariable("trackingNumber") String trackingNumber,
            @AuthenticationPrincipal CallingClient official) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(desk.forward(trackingNumber, official));
    }

    @GetMapping("/forwarded")
    ResponseEntity<List<ReportViews.Source>> forwarded(@AuthenticationPrincipal CallingClient official) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(desk.forwardedSources(official));
    }

    @GetMapping("/forwarded.csv")
    ResponseEntity<byte[]> forwardedCsv(@RequestParam(name = "source", required = false) String source,
            @AuthenticationPrincipal CallingClient official) {
        if (source == null || source.isBlank()) {
            throw new InvalidFieldException("source", "is required: the client_id of the system the reports went to");
        }
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        desk.eachForwarded(source.strip(), official, report -> csv.append(report.trackingNumber()).append(',')
                .append(report.category()).append(',').append(report.status()).append(',')
                .append(CsvFields.field(report.recordKind())).append(',')
                .append(report.record() == null ? "" : report.record().recordId()).append(',')
                .append(CsvFields.field(report.record() == null ? null : report.record().sourceId())).append(',')
                .append(time(report.createdAt())).append(',').append(time(report.dueAt())).append(',')
                .append(time(report.forwardedAt())).append(',').append(time(report.recordCorrectedAt())).append(',')
                .append(CsvFields.field(report.text())).append("\r\n"));
        return ResponseEntity.ok().cacheControl(NO_STORE)
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("feedback-" + source.strip().replaceAll("[^A-Za-z0-9._-]", "_") + ".csv").build()
                        .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String time(java.time.OffsetDateTime at) {
        return at == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }

    private static <E extends Enum<E>> List<E> list(String field, String text, Function<String, E> parse) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<E> values = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                values.add(parse.apply(part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(field, "names no " + field + ": one or more of "
                        + (field.equals("status") ? List.of(FeedbackStatus.values()) : List.of(FeedbackCategory.values()))
                        + ", separated by commas");
            }
        }
        return values;
    }

    private static boolean flag(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidFieldException("overdue", "must be true or false");
        };
    }

    private static String order(String sort) {
        String wanted = sort == null || sort.isBlank() ? "dueAt" : sort.strip();
        return switch (wanted) {
            case "dueAt" -> "r.due_at";
            case "-dueAt" -> "r.due_at desc";
            case "createdAt" -> "r.created_at";
            case "-createdAt" -> "r.created_at desc";
            default -> throw new InvalidFieldException("sort", "must be dueAt, -dueAt, createdAt or -createdAt");
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
