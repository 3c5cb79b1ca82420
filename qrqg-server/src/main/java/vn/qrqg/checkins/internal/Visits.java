package vn.qrqg.checkins.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.qrqg.checkins.CheckInView;
import vn.qrqg.checkins.Direction;

/**
 * How one person's check-ins at one venue make visits (DOMAIN.md: exit was optional in practice).
 * Derived when read, never stored, so that late and out-of-order events pair as well as timely ones:
 * <ul>
 * <li>an entry opens a visit; the person's first check-in there after it, within the venue type's
 * visit duration, closes it: an exit ends it there ({@link End#EXIT}), another entry ends it at
 * that entry ({@link End#AUTO}) and opens the next;</li>
 * <li>with nothing within the duration, the visit is closed at entry plus duration ({@link End#AUTO}),
 * or is still {@link End#OPEN} when that time has not come;</li>
 * <li>an exit that closes no entry is a visit of its own whose start is unknown.</li>
 * </ul>
 * Pure: no clock, no database.
 */
final class Visits {

    /** How a visit ended. */
    enum End {
        /** An exit was scanned. */
        EXIT,
        /** No exit: closed after the venue type's duration, or at the person's next entry. */
        AUTO,
        /** Still inside: closes at {@link Visit#closesAt()} unless an exit comes first. */
        OPEN
    }

    /** A check-in as pairing needs it. */
    record CheckIn(long id, Instant at, Direction direction) {
    }

    /**
     * @param enteredAt null for an exit that closed no entry
     * @param exitedAt null while {@link End#OPEN}
     * @param closesAt for an open visit, when it closes without an exit; else null
     */
    record Visit(Instant enteredAt, Instant exitedAt, End end, Instant closesAt) {
    }

    private Visits() {
    }

    /** The visit each check-in belongs to, by check-in id. {@code checkIns} are one person's at one venue, any order. */
    static Map<Long, Visit> pair(List<CheckIn> checkIns, Duration duration, Instant now) {
        List<CheckIn> sorted = new ArrayList<>(checkIns);
        sorted.sort(Comparator.comparing(CheckIn::at).thenComparingLong(CheckIn::id));
        Map<Long, Visit> visits = new HashMap<>();
        CheckIn open = null;
        for (CheckIn checkIn : sorted) {
            if (open != null && !checkIn.at().isAfter(open.at().plus(duration))) {
                if (checkIn.direction() == Direction.OUT) {
                    Visit visit = new Visit(open.at(), checkIn.at(), End.EXIT, null);
                    visits.put(open.id(), visit);
                    visits.put(checkIn.id(), visit);
                    open = null;
                    continue;
                }
                visits.put(open.id(), new Visit(open.at(), checkIn.at(), End.AUTO, null));
            } else if (open != null) {
                visits.put(open.id(), new Visit(open.at(), open.at().plus(duration), End.AUTO, null));
            }
            open = null;
            if (checkIn.direction() == Direction.IN) {
                open = checkIn;
            } else {
                visits.put(checkIn.id(), new Visit(null, checkIn.at(), End.EXIT, null));
            }
        }
        if (open != null) {
            Instant closes = open.at().plus(duration);
            visits.put(open.id(), now.isBefore(closes) ? new Visit(open.at(), null, End.OPEN, closes)
                    : new Visit(open.at(), closes, End.AUTO, null));
        }
        return visits;
    }

    /** A visit as answers show it, in Vietnam time; null for none. */
    static CheckInView.VisitView view(Visit visit) {
        return visit == null ? null : new CheckInView.VisitView(CheckInController.local(visit.enteredAt()),
                CheckInController.local(visit.exitedAt()), visit.end().name(), CheckInController.local(visit.closesAt()));
    }
}
