package vn.qrqg.tracing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.tracing.CaseNotFoundException;
import vn.qrqg.tracing.TracingProperties;

/**
 * The health authorities' systems report confirmed cases (scope {@code tracing:write}):
 * {@code POST /api/v1/tracing/cases} {@code {items: [...]}}, answered 200 with each item's own
 * result, idempotent by {@code sourceId}; {@code DELETE /api/v1/tracing/cases/{caseId}} withdraws
 * one the app reported (a false positive), and its alerts with it.
 */
@RestController
@RequiresScope(Scopes.TRACING_WRITE)
class CasesController {
    private final CaseReports reports;
    private final CaseWithdrawals withdrawals;
    private final TracingProperties properties;

    CasesController(CaseReports reports, CaseWithdrawals withdrawals, TracingProperties properties) {
        this.reports = reports;
        this.withdrawals = withdrawals;
        this.properties = properties;
    }

    @PostMapping("/api/v1/tracing/cases")
    CaseReports.Report report(@RequestBody(required = false) JsonNode body, @AuthenticationPrincipal CallingClient client) {
        JsonNode items = body == null || !body.isObject() ? null : body.get("items");
        if (items == null || !items.isArray() || items.isEmpty() || items.size() > properties.maxBatchItems()
                || body.size() > 1) {
            throw new InvalidFieldException("items", "must be the only member, a list of 1 to "
                    + properties.maxBatchItems() + " cases");
        }
        List<JsonNode> nodes = new ArrayList<>(items.size());
        items.forEach(nodes::add);
        return CaseReports.Report.of(reports.report(nodes, client.appId(), Instant.now()));
    }

    @DeleteMapping("/api/v1/tracing/cases/{caseId}")
    ResponseEntity<Void> withdraw(@PathVariable("caseId") String caseId, @AuthenticationPrincipal CallingClient client) {
        UUID id;
        try {
            id = UUID.fromString(caseId);
        } catch (IllegalArgumentException e) {
            throw new CaseNotFoundException();
        }
        withdrawals.withdraw(id, client.appId());
        return ResponseEntity.noContent().build();
    }
}
