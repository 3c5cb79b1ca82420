package vn.qrqg.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.platform.web.FieldErrors;

/**
 * {@code GET /api/v1/audit/heads?from=…&to=…}, public: the audit's signed day heads
 * (docs/audit.md), oldest first; the last 31 days unless asked. Anyone may keep a copy, so that a
 * day rewritten later no longer matches what was published.
 */
@RestController
class AuditHeadsController {
    private static final int DEFAULT_DAYS = 31;

    private final AuditChainQuery chain;

    AuditHeadsController(AuditChainQuery chain) {
        this.chain = chain;
    }

    record Heads(LocalDate from, LocalDate to, List<AuditChainQuery.PublishedHead> items) {
    }

    @GetMapping("/api/v1/audit/heads")
    Heads heads(@RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to) {
        FieldErrors errors = new FieldErrors();
        LocalDate last = AuditDays.parse(errors, "to", to, LocalDate.now(ZoneOffset.UTC));
        LocalDate first = AuditDays.parse(errors, "from", from, last.minusDays(DEFAULT_DAYS - 1));
        if (!errors.failed("from") && !errors.failed("to")) {
            long days = ChronoUnit.DAYS.between(first, last) + 1;
            if (days < 1 || days > AuditChainQuery.MAX_DAYS) {
                errors.reject("to", "must be on or after from, and at most " + AuditChainQuery.MAX_DAYS + " days after it");
            }
        }
        errors.throwIfAny();
        return new Heads(first, last, chain.heads(first, last));
    }
}
