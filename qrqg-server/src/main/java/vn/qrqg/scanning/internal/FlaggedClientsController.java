package vn.qrqg.scanning.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.platform.web.WholeNumbers;

/**
 * {@code GET /api/v1/admin/scan-quotas/flagged?page=0&size=20} (scope {@code admin}): the scanner
 * credentials that went past their hourly quota of distinct people, one item per credential and
 * clock hour, the newest first. An operator looks at the venue or app behind one, and suspends it
 * ({@code POST /api/v1/admin/apps/{appId}/status}) or removes the staff member.
 */
@RestController
@RequiresScope(Scopes.ADMIN)
class FlaggedClientsController {
    private static final int MAX_SIZE = 100;

    private final FlaggedClients flagged;

    FlaggedClientsController(FlaggedClients flagged) {
        this.flagged = flagged;
    }

    @GetMapping("/api/v1/admin/scan-quotas/flagged")
    ResponseEntity<FlaggedClients.Page> flagged(@RequestParam(name = "page", defaultValue = "0") String page,
            @RequestParam(name = "size", defaultValue = "20") String size) {
        int pageNumber = WholeNumbers.parse("page", page, 0, 1_000_000);
        int pageSize = WholeNumbers.parse("size", size, 1, MAX_SIZE);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(flagged.page(pageNumber, pageSize));
    }
}
