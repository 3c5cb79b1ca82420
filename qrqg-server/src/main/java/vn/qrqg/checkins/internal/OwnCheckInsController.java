package vn.qrqg.checkins.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.holders.Holder;
import vn.qrqg.platform.web.WholeNumbers;

/**
 * {@code GET /api/v1/checkins/mine?page=N&size=M}: the holder's own check-ins, newest first,
 * within the retention; any certified app's token with the person's holder token, no scope.
 * Personal data: {@code Cache-Control: private, no-store}.
 */
@RestController
class OwnCheckInsController {
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    private static final CacheControl NO_STORE = CacheControl.noStore().cachePrivate();

    private final OwnCheckIns checkIns;

    OwnCheckInsController(OwnCheckIns checkIns) {
        this.checkIns = checkIns;
    }

    /** The {@link Holder} first: a call without a valid holder token is refused before anything else. */
    @GetMapping("/api/v1/checkins/mine")
    ResponseEntity<PageView> mine(Holder holder, @AuthenticationPrincipal CallingClient app,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "size", required = false) String size) {
        int pageNumber = WholeNumbers.parse("page", page, 0, 0, 1_000_000);
        int pageSize = WholeNumbers.parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        OwnCheckIns.Page found = checkIns.mine(app, holder, pageNumber, pageSize);
        return ResponseEntity.ok().cacheControl(NO_STORE).body(new PageView(found.total(), found.page(), found.size(),
                found.items().stream().map(item -> new ItemView(CheckInController.local(item.occurredAt()),
                        item.direction().name(), item.venueCode(), item.venueName(), item.source())).toList()));
    }

    /** @param occurredAt in Vietnam time */
    record ItemView(OffsetDateTime occurredAt, String direction, String venueCode, String venueName, String source) {
    }

    record PageView(long total, int page, int size, List<ItemView> items) {
    }
}
