package vn.qrqg.checkins;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.qrqg.checkins.internal.Stays;
import vn.qrqg.codec.venue.VenueCode;

/**
 * Who was where, and when, as visits: for exposure tracing, inside the platform only (no API
 * answers it, and nothing is audited here: the capability that acts on it audits what it shows).
 * A visit runs from an entry to its exit; without an exit, to the venue type's visit duration
 * after the entry (or the person's next entry there); an exit without an entry, from one visit
 * duration before it. People are named as check-ins keep them: a QID, or the registry document
 * number of someone identified without one. On the wall clock, as check-ins are stored.
 */
@Service
public class Presence {
    /** One visit of {@code person} to {@code venue}, from {@code from} to {@code to} (never null). */
    public record Stay(String person, VenueCode venue, Instant from, Instant to) {
    }

    private final Stays stays;

    Presence(Stays stays) {
        this.stays = stays;
    }

    /** These people's visits, anywhere, that overlap {@code [from, to)}. */
    public List<Stay> staysOf(Collection<String> people, Instant from, Instant to) {
        return stays.of(people, from, to, Instant.now());
    }

    /** A venue and an interval {@code [from, to)} at it. */
    public record Window(VenueCode venue, Instant from, Instant to) {
    }

    /** Everyone's visits to {@code venue} that overlap {@code [from, to)}. */
    public List<Stay> staysAt(VenueCode venue, Instant from, Instant to) {
        return staysAt(List.of(new Window(venue, from, to))).getFirst();
    }

    /**
     * Everyone's visits at each window's venue that overlap it, in the windows' order, read in one
     * query however many: tracing asks for hundreds at once.
     */
    public List<List<Stay>> staysAt(List<Window> windows) {
        return stays.at(windows, Instant.now());
    }
}
