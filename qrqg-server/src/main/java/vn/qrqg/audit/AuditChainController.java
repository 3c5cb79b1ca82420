package vn.qrqg.audit;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.platform.web.FieldErrors;

/**
 * A day's chain for {@code bin/qrqg audit verify} (docs/audit.md), scope {@code admin}:
 * {@code GET /api/v1/admin/audit/days/{day}} says where it stands, {@code …/records?after=N&limit=M}
 * pages through its records in chain order.
 */
@RestController
@RequestMapping("/api/v1/admin/audit/days/{day}")
@RequiresScope(Scopes.ADMIN)
class AuditChainController {
    private static final int DEFAULT_LIMIT = 1000;

    private final AuditChainQuery chain;

    AuditChainController(AuditChainQuery chain) {
        this.chain = chain;
    }

    record Records(LocalDate day, List<ChainRecord> items, Long next) {
    }

    @GetMapping
    AuditChainQuery.Day day(@PathVariable("day") String day) {
        FieldErrors errors = new FieldErrors();
        LocalDate parsed = AuditDays.parse(errors, "day", day, null);
        errors.throwIfAny();
        return chain.day(parsed);
    }

    @GetMapping("/records")
    Records records(@PathVariable("day") String day, @RequestParam(name = "after", required = false) String after,
            @RequestParam(name = "limit", required = false) String limit) {
        FieldErrors errors = new FieldErrors();
        LocalDate parsed = AuditDays.parse(errors, "day", day, null);
        int from = errors.wholeNumber("after", after, 0, 0, Integer.MAX_VALUE);
        int size = errors.wholeNumber("limit", limit, DEFAULT_LIMIT, 1, AuditChainQuery.MAX_RECORDS);
        errors.throwIfAny();
        List<ChainRecord> items = chain.records(parsed, from, size);
        Long next = items.size() < size ? null : items.getLast().seq();
        return new Records(parsed, items, next);
    }
}
