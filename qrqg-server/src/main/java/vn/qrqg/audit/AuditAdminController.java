package vn.qrqg.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.platform.web.FieldErrors;

/**
 * {@code GET /api/v1/admin/audit?qid=…} or {@code ?clientId=…} (both: their intersection), with
 * {@code page} (from 0) and {@code size} (20 unless given, at most 100): who read a person's data,
 * or what a client read, newest first.
 */
@RestController
@RequestMapping("/api/v1/admin/audit")
@RequiresScope(Scopes.ADMIN)
class AuditAdminController {
    private static final int DEFAULT_SIZE = 20;

    private final AuditQuery query;

    AuditAdminController(AuditQuery query) {
        this.query = query;
    }

    @GetMapping
    AuditQuery.Page find(@RequestParam(name = "qid", required = false) String qid,
            @RequestParam(name = "clientId", required = false) String clientId,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "size", required = false) String size) {
        FieldErrors errors = new FieldErrors();
        qid = blankToNull(qid);
        clientId = blankToNull(clientId);
        if (qid == null && clientId == null) {
            errors.reject("qid", "or clientId is required");
            errors.reject("clientId", "or qid is required");
        }
        if (qid != null && !Qid.isValid(qid)) {
            errors.reject("qid", "is not a QID (18 digits, the last a Luhn check digit)");
        }
        int pageNumber = errors.wholeNumber("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = errors.wholeNumber("size", size, DEFAULT_SIZE, 1, AuditQuery.MAX_PAGE_SIZE);
        errors.throwIfAny();
        return query.find(qid == null ? null : new Qid(qid), clientId, pageNumber, pageSize);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
