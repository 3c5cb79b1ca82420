package vn.qrqg.checkins.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import vn.qrqg.checkins.Direction;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.scanning.ScanAnswer;
import vn.qrqg.venues.Venues;

/**
 * {@code POST /api/v1/checkins}, both ways. The visitor's app: {@code {venueCode, direction}},
 * scope {@code checkin:self} and the holder token in {@code X-Holder-Token}. A staff scanner:
 * {@code {text, direction}}, scope {@code checkin:venue}, the venue from its credential. 201 with
 * the check-in; refused with nothing recorded otherwise.
 */
@RestController
class CheckInController {
    private final OnlineCheckIns checkIns;
    private final HolderTokens holderTokens;

    CheckInController(OnlineCheckIns checkIns, HolderTokens holderTokens) {
        this.checkIns = checkIns;
        this.holderTokens = holderTokens;
    }

    @PreAuthorize("hasAnyAuthority('SCOPE_" + Scopes.CHECKIN_SELF + "', 'SCOPE_" + Scopes.CHECKIN_VENUE + "')")
    @PostMapping("/api/v1/checkins")
    ResponseEntity<CheckInView> checkIn(@RequestBody(required = false) CheckInRequest request,
            @AuthenticationPrincipal CallingClient client, HttpServletRequest http) {
        if (request == null || (request.text() == null && request.venueCode() == null)) {
            throw new InvalidFieldException("text", "or venueCode is required: a staff scanner sends the text it read, "
                    + "the visitor's app the venue code its holder scanned");
        }
        Direction direction = Direction.parse(request.direction())
                .orElseThrow(() -> new InvalidFieldException("direction", "must be IN or OUT"));
        OnlineCheckIns.Recorded recorded;
        if (request.text() != null) {
            if (!client.hasScope(Scopes.CHECKIN_VENUE)) {
                throw new AccessDeniedException("a scan of a visitor needs scope " + Scopes.CHECKIN_VENUE);
            }
            VenueCode claimed = request.venueCode() == null ? null : Venues.parseCode("venueCode", request.venueCode());
            recorded = checkIns.staff(client, claimed, request.text(), direction);
        } else {
            if (!client.hasScope(Scopes.CHECKIN_SELF)) {
                throw new AccessDeniedException("a visitor's check-in needs scope " + Scopes.CHECKIN_SELF);
            }
            VenueCode code = Venues.parseCode("venueCode", request.venueCode());
            recorded = checkIns.self(client, holderTokens.verify(client.appId(), http.getHeader(HolderTokens.HEADER)),
                    code, direction);
        }
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(CheckInView.of(recorded));
    }

    /**
     * @param venueCode the venue the visitor's app read from its QR (the code, or the whole URL's code)
     * @param text what a staff scanner read: a personal QR or a CCCD card's QR
     */
    record CheckInRequest(String venueCode, String text, String direction) {
    }

    /** The venue as a visitor's app shows it after a check-in. */
    record VenueView(String venueCode, String name, String type) {
    }

    /** A visit as answers show it, in Vietnam time. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VisitView(OffsetDateTime enteredAt, OffsetDateTime exitedAt, String end, OffsetDateTime closesAt) {
        static VisitView of(Visits.Visit visit) {
            return visit == null ? null : new VisitView(local(visit.enteredAt()), local(visit.exitedAt()),
                    visit.end().name(), local(visit.closesAt()));
        }
    }

    /** @param scan a staff check-in's scan: its outcome and the venue's view of the person */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CheckInView(VenueView venue, String direction, OffsetDateTime occurredAt, VisitView visit, ScanAnswer scan) {
        static CheckInView of(OnlineCheckIns.Recorded recorded) {
            return new CheckInView(new VenueView(recorded.venue().code().value(), recorded.venue().name(),
                    recorded.venue().type().code()), recorded.direction().name(), local(recorded.occurredAt()),
                    VisitView.of(recorded.visit()), recorded.scan());
        }
    }

    static OffsetDateTime local(Instant at) {
        return at == null ? null : at.atZone(VietnamTime.ZONE).toOffsetDateTime();
    }
}
