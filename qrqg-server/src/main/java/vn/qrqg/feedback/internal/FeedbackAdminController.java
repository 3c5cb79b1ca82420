package vn.qrqg.feedback.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.clients.Apps;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.feedback.FeedbackCategoriesLimited;
import vn.qrqg.feedback.FeedbackCategory;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * Operators' feedback endpoints (scope admin, as everything under {@code /api/v1/admin/}): the
 * categories an official's app is limited to, and the counts per week, province and category
 * that the admin page draws.
 */
@RestController
@RequestMapping("/api/v1/admin/feedback")
class FeedbackAdminController {
    static final int DEFAULT_WEEKS = 12;
    static final int MAX_DAYS = 400;

    /** {@code {categories[]}}: empty, every category. */
    record CategoryLimit(List<String> categories) {
    }

    record AppCategories(UUID appId, List<FeedbackCategory> categories) {
    }

    record Counts(LocalDate from, LocalDate to, List<FeedbackRepository.WeekCount> items) {
    }

    private final FeedbackRepository repository;
    private final Apps apps;
    private final EventOutbox events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FeedbackAdminController(FeedbackRepository repository, Apps apps, EventOutbox events,
            TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.apps = apps;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @GetMapping("/apps/{appId}/categories")
    AppCategories categories(@PathVariable("appId") UUID appId) {
        apps.require(appId);
        return new AppCategories(appId, repository.categoriesOf(appId));
    }

    @PutMapping("/apps/{appId}/categories")
    AppCategories limit(@PathVariable("appId") UUID appId, @RequestBody CategoryLimit body) {
        apps.require(appId);
        List<FeedbackCategory> wanted = parse(body.categories());
        String by = CallingClient.require().clientId();
        transactions.executeWithoutResult(status -> {
            List<FeedbackCategory> before = repository.categoriesOf(appId);
            if (!before.equals(wanted)) {
                repository.setCategories(appId, wanted);
                events.publish(new FeedbackCategoriesLimited(appId, before, wanted, by, Instant.now()));
            }
        });
        return new AppCategories(appId, repository.categoriesOf(appId));
    }

    @GetMapping("/counts")
    ResponseEntity<Counts> counts(@RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to) {
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        LocalDate last = to == null || to.isBlank() ? today : date("to", to);
        LocalDate first = from == null || from.isBlank()
                ? last.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(DEFAULT_WEEKS - 1)
                : date("from", from);
        if (first.isAfter(last)) {
            throw new InvalidFieldException("from", "must be on or before to");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw new InvalidFieldException("from", "must be at most " + MAX_DAYS + " days before to");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Counts(first, last,
                repository.weekly(first.atStartOfDay(VietnamTime.ZONE).toInstant(),
                        last.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant(), VietnamTime.ZONE.getId())));
    }

    private static List<FeedbackCategory> parse(List<String> categories) {
        if (categories == null) {
            throw new InvalidFieldException("categories", "is required: a list of categories, empty for every one");
        }
        try {
            return categories.stream().map(c -> FeedbackCategory.valueOf(String.valueOf(c).strip()
                    .toUpperCase(Locale.ROOT))).distinct().sorted().toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("categories", "must each be one of " + List.of(FeedbackCategory.values()));
        }
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "must be a date as YYYY-MM-DD");
        }
    }
}
