package vn.qrqg.audit;

import java.time.Duration;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.platform.web.FieldErrors;

/**
 * {@code GET /api/v1/admin/audit/unusual-readers?from=…&to=…} (the last 24 hours unless given, at
 * most 7 days): credentials that read unusually many people an hour for their kind
 * ({@link UnusualReaders}); {@code GET /api/v1/admin/audit/purposes}: the choices of the audit's
 * filters ({@link AuditVocabulary}).
 */
@RestController
@RequestMapping("/api/v1/admin/audit")
@RequiresScope(Scopes.ADMIN)
class AuditReviewController {
    private static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

    private final UnusualReaders unusualReaders;
    private final AuditVocabulary vocabulary;

    AuditReviewController(UnusualReaders unusualReaders, AuditVocabulary vocabulary) {
        this.unusualReaders = unusualReaders;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/unusual-readers")
    UnusualReaders.Review unusualReaders(@RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to) {
        FieldErrors errors = new FieldErrors();
        Instant start = AuditSearchForm.instant(errors, "from", AuditSearchForm.blankToNull(from));
        Instant end = AuditSearchForm.instant(errors, "to", AuditSearchForm.blankToNull(to));
        errors.throwIfAny();
        end = end != null ? end : Instant.now();
        start = start != null ? start : end.minus(DEFAULT_WINDOW);
        if (!start.isBefore(end)) {
            errors.reject("to", "must be after from");
        } else if (Duration.between(start, end).compareTo(UnusualReaders.MAX_WINDOW) > 0) {
            errors.reject("to", "must be at most " + UnusualReaders.MAX_WINDOW.toDays() + " days after from");
        }
        errors.throwIfAny();
        return unusualReaders.review(start, end);
    }

    @GetMapping("/purposes")
    AuditVocabulary.Choices purposes() {
        return vocabulary.choices();
    }
}
