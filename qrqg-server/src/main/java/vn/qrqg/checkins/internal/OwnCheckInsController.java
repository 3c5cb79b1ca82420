package vn.qrqg.checkins.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.checkins.HolderCheckIns;
import vn.qrqg.checkins.OwnCheckInsPage;
import vn.qrqg.holders.Holder;

/**
 * {@code GET /api/v1/checkins/mine?page=N&size=M}: the holder's own check-ins, newest first,
 * within the retention; any certified app's token with the person's holder token, no scope.
 * Personal data: {@code Cache-Control: private, no-store}.
 */
@RestController
class OwnCheckInsController {
    private static final CacheControl NO_STORE = CacheControl.noStore().cachePrivate();

    private final HolderCheckIns checkIns;

    OwnCheckInsController(HolderCheckIns checkIns) {
        this.checkIns = checkIns;
    }

    /** The {@link Holder} first: a call without a valid holder token is refused before anything else. */
    @GetMapping("/api/v1/checkins/mine")
    ResponseEntity<OwnCheckInsPage> mine(Holder holder, @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "size", required = false) String size) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(checkIns.mine(holder, page, size));
    }
}
