package vn.qrqg.tracing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.qrqg.checkins.Presence.Stay;
import vn.qrqg.codec.venue.VenueCode;

/**
 * Who was near whom at venues (DOMAIN.md, "Exposure alerts and tracing"): a visit of the source
 * (the case, or an F1) stretched by the margins, against every other visit at that venue; a
 * contact is the other person's presence inside the stretched visit. Pure: the visits come in,
 * the contacts go out.
 */
final class Exposures {

    /** Someone's presence near the source at a venue, {@code [from, to)}, rounded outward. */
    record Contact(String person, VenueCode venue, Instant from, Instant to) {
    }

    private Exposures() {
    }

    /**
     * The contacts at venues of the source's {@code stays} clipped to {@code [windowFrom, windowTo)}:
     * each stay is stretched to {@code [entry - before, exit + after)}, and every other visit there
     * that overlaps it (by more than an instant) is a contact for the overlap. A person's contacts at
     * one venue that meet after rounding are one.
     *
     * @param others everyone's visits to a venue that overlap an interval
     * @param excluded people who are no contact of this source (the source itself, those alerted higher)
     */
    static List<Contact> atVenues(List<Stay> stays, Instant windowFrom, Instant windowTo, Duration before,
            Duration after, Duration rounding, Set<String> excluded, VisitsAt others) {
        return atVenues(stays, windowFrom, windowTo, before, after, rounding, excluded, others, null);
    }

    /**
     * {@link #atVenues}, no contact counted before {@code notBefore}: an F1's contacts are F2 only
     * from the F1's own exposure on (someone who left before it can have caught nothing from them).
     */
    static List<Contact> atVenues(List<Stay> stays, Instant windowFrom, Instant windowTo, Duration before,
            Duration after, Duration rounding, Set<String> excluded, VisitsAt others, Instant notBefore) {
        List<Contact> contacts = new ArrayList<>();
        for (Stay stay : stays) {
            Instant from = max(stay.from(), windowFrom);
            Instant to = min(stay.to(), windowTo);
            if (!from.isBefore(to)) {
                continue; // outside the window
            }
            Instant riskFrom = notBefore == null ? from.minus(before) : max(from.minus(before), notBefore);
            Instant riskTo = to.plus(after);
            for (Stay other : others.overlapping(stay.venue(), riskFrom, riskTo)) {
                Instant overlapFrom = max(other.from(), riskFrom);
                Instant overlapTo = min(other.to(), riskTo);
                if (overlapFrom.isBefore(overlapTo) && !excluded.contains(other.person())) {
                    contacts.add(new Contact(other.person(), stay.venue(), floor(overlapFrom, rounding),
                            ceil(overlapTo, rounding)));
                }
            }
        }
        return merged(contacts);
    }

    /** Everyone's visits to {@code venue} that overlap {@code [from, to)}: {@code Presence::staysAt}. */
    @FunctionalInterface
    interface VisitsAt {
        List<Stay> overlapping(VenueCode venue, Instant from, Instant to);
    }

    /** A person's contacts at one venue that overlap or meet, as one from the first start to the last end. */
    static List<Contact> merged(List<Contact> contacts) {
        Map<List<Object>, List<Contact>> byPersonAndVenue = new LinkedHashMap<>();
        for (Contact contact : contacts) {
            byPersonAndVenue.computeIfAbsent(List.of(contact.person(), contact.venue()), key -> new ArrayList<>()).add(contact);
        }
        List<Contact> merged = new ArrayList<>();
        for (List<Contact> ofOne : byPersonAndVenue.values()) {
            ofOne.sort(Comparator.comparing(Contact::from));
            Contact current = null;
            for (Contact next : ofOne) {
                if (current != null && !next.from().isAfter(current.to())) {
                    current = new Contact(current.person(), current.venue(), current.from(), max(current.to(), next.to()));
                } else {
                    if (current != null) {
                        merged.add(current);
                    }
                    current = next;
                }
            }
            merged.add(current);
        }
        return merged;
    }

    static Instant floor(Instant at, Duration step) {
        long seconds = step.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), seconds) * seconds);
    }

    static Instant ceil(Instant at, Duration step) {
        Instant floor = floor(at, step);
        return floor.equals(at) ? at : floor.plus(step);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
