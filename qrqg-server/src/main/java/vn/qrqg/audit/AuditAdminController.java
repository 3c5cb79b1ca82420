package vn.qrqg.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.platform.web.InvalidRequest;

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
        List<InvalidRequest.FieldError> errors = new ArrayList<>();
        qid = blankToNull(qid);
        clientId = blankToNull(clientId);
        if (qid == null && clientId == null) {
            errors.add(new InvalidRequest.FieldError("qid", "or clientId is required"));
            errors.add(new InvalidRequest.FieldError("clientId", "or qid is required"));
        }
        if (qid != null && !Qid.isValid(qid)) {
            errors.add(new InvalidRequest.FieldError("qid", "is not a QID (18 digits, the last a Luhn check digit)"));
        }
        int pageNumber = number(page, 0, 0, Integer.MAX_VALUE, "page", errors);
        int pageSize = number(size, DEFAULT_SIZE, 1, AuditQuery.MAX_PAGE_SIZE, "size", errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        return query.find(qid, clientId, pageNumber, pageSize);
    }

    /** A paging parameter, {@code absent} when not given; a bad one is added to {@code errors}. */
    static int number(String text, int absent, int min, int max, String field,
            List<InvalidRequest.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new InvalidRequest.FieldError(field, "must be a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max)));
        return absent;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
