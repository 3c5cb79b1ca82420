package vn.qrqg.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.platform.web.InvalidRequest;

/**
 * {@code GET /api/v1/admin/actions} with {@code page} (from 0) and {@code size} (20 unless given,
 * at most 100): who did what to which, and when, newest first.
 */
@RestController
@RequestMapping("/api/v1/admin/actions")
@RequiresScope(Scopes.ADMIN)
class AdminActionsController {
    private static final int DEFAULT_SIZE = 20;

    private final AdminActions actions;

    AdminActionsController(AdminActions actions) {
        this.actions = actions;
    }

    @GetMapping
    AdminActions.Page find(@RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "size", required = false) String size) {
        List<InvalidRequest.FieldError> errors = new ArrayList<>();
        int pageNumber = AuditAdminController.number(page, 0, 0, Integer.MAX_VALUE, "page", errors);
        int pageSize = AuditAdminController.number(size, DEFAULT_SIZE, 1, AuditQuery.MAX_PAGE_SIZE, "size", errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        return actions.find(pageNumber, pageSize);
    }
}
