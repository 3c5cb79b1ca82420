package vn.qrqg.checkins;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.qrqg.checkins.internal.OnlineCheckIns;
import vn.qrqg.checkins.internal.OwnCheckIns;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.holders.Holder;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.venues.Venues;

/**
 * A person checks in with their app and lists their own check-ins: the API's
 * {@code POST /api/v1/checkins} with a holder token and {@code GET /api/v1/checkins/mine}, and
 * the portal. Both are the holder's app's: the check-in row names it, the list's audit too.
 */
@Service
public class HolderCheckIns {
    private final OnlineCheckIns online;
    private final OwnCheckIns own;

    HolderCheckIns(OnlineCheckIns online, OwnCheckIns own) {
        this.online = online;
        this.own = own;
    }

    /**
     * The holder scanned a venue's QR with their app: one check-in at the server's time.
     *
     * @param venueCode as the app read it (any case)
     * @param direction {@code IN} or {@code OUT} (any case)
     * @throws InvalidFieldException naming {@code direction} or {@code venueCode}
     * @throws AccessDeniedException when the holder's app lacks scope {@code checkin:self}
     * @throws vn.qrqg.venues.VenueNotFoundException when there is no such venue
     * @throws VenueSuspendedException when the operators suspended it
     */
    public CheckInView checkIn(Holder holder, String venueCode, String direction) {
        Direction which = Direction.parse(direction)
                .orElseThrow(() -> new InvalidFieldException("direction", "must be IN or OUT"));
        if (!holder.app().hasScope(Scopes.CHECKIN_SELF)) {
            throw new AccessDeniedException("a visitor's check-in needs scope " + Scopes.CHECKIN_SELF);
        }
        VenueCode code = Venues.parseCode("venueCode", venueCode);
        return online.self(holder, code, which);
    }

    /**
     * Refuses as {@link #checkIn} would for this venue, recording nothing: the portal checks it
     * once before it checks in several people there, each with their own holder.
     *
     * @throws vn.qrqg.venues.VenueNotFoundException when there is no such venue
     * @throws VenueSuspendedException when the operators suspended it
     */
    public void requireOpen(VenueCode venueCode) {
        online.requireActive(venueCode);
    }

    /**
     * The holder's check-ins within the retention, newest first, each with the venue's name.
     *
     * @param page from 0 (null: 0)
     * @param size 20 when null, at most 100
     * @throws InvalidFieldException naming {@code page} or {@code size}
     */
    public OwnCheckInsPage mine(Holder holder, String page, String size) {
        return own.mine(holder, page, size);
    }
}
