package vn.qrqg.checkins.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.checkins.CheckInView;
import vn.qrqg.checkins.Direction;
import vn.qrqg.checkins.HolderCheckIns;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.platform.idempotency.Idempotent;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.venues.Venues;

/**
 * {@code POST /api/v1/checkins}, both ways. The visitor's app: {@code {venueCode, direction}},
 * scope {@code checkin:self} and the holder token in {@code X-Holder-Token} ({@link HolderCheckIns}).
 * A staff scanner: {@code {text, direction}}, scope {@code checkin:venue}, the venue from its
 * credential. 201 with the check-in; refused with nothing recorded otherwise.
 */
@RestController
class CheckInController {
    private final OnlineCheckIns checkIns;
    private final HolderCheckIns holderCheckIns;
    private final HolderTokens holderTokens;

    CheckInController(OnlineCheckIns checkIns, HolderCheckIns holderCheckIns, HolderTokens holderTokens) {
        this.checkIns = checkIns;
        this.holderCheckIns = holderCheckIns;
        this.holderTokens = holderTokens;
    }

    @PreAuthorize("hasAnyAuthority('SCOPE_" + Scopes.CHECKIN_SELF + "', 'SCOPE_" + Scopes.CHECKIN_VENUE + "')")
    @Idempotent
    @PostMapping("/api/v1/checkins")
    ResponseEntity<CheckInView> checkIn(@RequestBody(required = false) CheckInRequest request,
            @AuthenticationPrincipal CallingClient client, HttpServletRequest http) {
        if (request == null || (request.text() == null && request.venueCode() == null)) {
            throw new InvalidFieldException("text", "or venueCode is required: a staff scanner sends the text it read, "
                    + "the visitor's app the venue code its holder scanned");
        }
        CheckInView recorded;
        if (request.text() != null) {
            Direction direction = Direction.parse(request.direction())
                    .orElseThrow(() -> new InvalidFieldException("direction", "must be IN or OUT"));
            if (!client.hasScope(Scopes.CHECKIN_VENUE)) {
                throw new AccessDeniedException("a scan of a visitor needs scope " + Scopes.CHECKIN_VENUE);
            }
            VenueCode claimed = request.venueCode() == null ? null : Venues.parseCode("venueCode", request.venueCode());
            recorded = checkIns.staff(client, claimed, request.text(), direction);
        } else {
            recorded = holderCheckIns.checkIn(holderTokens.verify(client, http.getHeader(HolderTokens.HEADER)),
                    request.venueCode(), request.direction());
        }
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(recorded);
    }

    /**
     * @param venueCode the venue the visitor's app read from its QR (the code, or the whole URL's code)
     * @param text what a staff scanner read: a personal QR or a CCCD card's QR
     */
    record CheckInRequest(String venueCode, String text, String direction) {
    }

    static OffsetDateTime local(Instant at) {
        return at == null ? null : at.atZone(VietnamTime.ZONE).toOffsetDateTime();
    }
}
