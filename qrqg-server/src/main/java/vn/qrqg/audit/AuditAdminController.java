package vn.qrqg.audit;

import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.Apps;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.platform.web.FieldErrors;

/**
 * {@code GET /api/v1/admin/audit?qid=…} or {@code ?clientId=…}, {@code appId}, {@code venueCode},
 * {@code scope}, {@code purpose}, {@code from}, {@code to} (every one given narrows; see
 * {@link AuditSearchForm}), with {@code page} (from 0) and {@code size} (20 unless given, at most
 * 100): who read a person's data, or what a client, an app, a venue's staff read, newest first.
 */
@RestController
@RequestMapping("/api/v1/admin/audit")
@RequiresScope(Scopes.ADMIN)
class AuditAdminController {
    private static final int DEFAULT_SIZE = 20;

    private final AuditQuery query;
    private final Apps apps;

    AuditAdminController(AuditQuery query, Apps apps) {
        this.query = query;
        this.apps = apps;
    }

    @GetMapping
    AuditQuery.Page find(@RequestParam(name = "qid", required = false) String qid,
            @RequestParam(name = "clientId", required = false) String clientId,
            @RequestParam(name = "appId", required = false) String appId,
            @RequestParam(name = "venueCode", required = false) String venueCode,
            @RequestParam(name = "scope", required = false) String scope,
            @RequestParam(name = "purpose", required = false) String purpose,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "size", required = false) String size) {
        FieldErrors errors = new FieldErrors();
        AuditFilter filter = AuditSearchForm.filter(new AuditSearchForm.Parameters(qid, clientId, appId, venueCode,
                scope, purpose, from, to), errors, apps, Instant.now());
        int pageNumber = errors.wholeNumber("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = errors.wholeNumber("size", size, DEFAULT_SIZE, 1, AuditQuery.MAX_PAGE_SIZE);
        errors.throwIfAny();
        return query.find(filter, pageNumber, pageSize);
    }
}
