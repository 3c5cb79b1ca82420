package vn.qrqg.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.platform.web.FieldErrors;

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
        FieldErrors errors = new FieldErrors();
        int pageNumber = errors.wholeNumber("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = errors.wholeNumber("size", size, DEFAULT_SIZE, 1, AuditQuery.MAX_PAGE_SIZE);
        errors.throwIfAny();
        return actions.find(pageNumber, pageSize);
    }
}
