package vn.qrqg.checkins.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import vn.qrqg.checkins.CheckInsProperties;
import vn.qrqg.checkins.Presence;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.Venues;

/**
 * {@link Presence}'s work: check-ins read around the asked interval (one visit duration either
 * side, so that an entry before it or an exit after it still pairs), paired into visits as the
 * venue's history pairs them ({@link Visits}), and kept when they overlap the interval.
 */
@Service
public class Stays {
    private final CheckInRepository repository;
    private final Venues venues;
    private final CheckInsProperties properties;

    Stays(CheckInRepository repository, Venues venues, CheckInsProperties properties) {
        this.repository = repository;
        this.venues = venues;
        this.properties = properties;
    }

    /** {@link Presence#staysOf}: one query for their check-ins, one for the venues they were at. */
    public List<Presence.Stay> of(Collection<String> people, Instant from, Instant to, Instant now) {
        Duration margin = properties.longestVisit();
        List<CheckInRepository.Presence> checkIns = repository.ofPeopleAnywhere(people, from.minus(margin), to.plus(margin));
        Map<String, Duration> durations = durations(checkIns.stream().map(CheckInRepository.Presence::venueCode));
        return overlapping(checkIns, durations, from, to, now);
    }

    /** {@link Presence#staysAt(List)}: one query for the venues, one for their check-ins. */
    public List<List<Presence.Stay>> at(List<Presence.Window> windows, Instant now) {
        Map<String, Duration> durations = durations(windows.stream().map(window -> window.venue().value()));
        List<CheckInRepository.VenueWindow> stretched = windows.stream().map(window -> {
            Duration margin = durations.get(window.venue().value());
            return new CheckInRepository.VenueWindow(window.venue(), window.from().minus(margin), window.to().plus(margin));
        }).toList();
        List<List<CheckInRepository.Presence>> checkIns = repository.atVenues(stretched);
        List<List<Presence.Stay>> stays = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) {
            stays.add(overlapping(checkIns.get(i), durations, windows.get(i).from(), windows.get(i).to(), now));
        }
        return stays;
    }

    /**
     * How long a visit lasts without an exit at each of these venues, read in one query: tracing
     * asks about tens of thousands of venues at once. The longest visit at a code of no venue.
     */
    private Map<String, Duration> durations(Stream<String> codes) {
        Map<String, Duration> durations = new HashMap<>();
        List<VenueCode> distinct = codes.distinct().map(VenueCode::new).toList();
        distinct.forEach(code -> durations.put(code.value(), properties.longestVisit()));
        venues.findAll(distinct).forEach((code, venue) -> durations.put(code.value(), duration(venue)));
        return durations;
    }

    /** The check-ins paired into visits, person by person and venue by venue, kept when they overlap {@code [from, to)}. */
    private static List<Presence.Stay> overlapping(List<CheckInRepository.Presence> checkIns,
            Map<String, Duration> durations, Instant from, Instant to, Instant now) {
        Map<List<String>, List<Visits.CheckIn>> byPersonAndVenue = new HashMap<>();
        for (CheckInRepository.Presence checkIn : checkIns) {
            byPersonAndVenue.computeIfAbsent(List.of(checkIn.person(), checkIn.venueCode()), key -> new ArrayList<>())
                    .add(new Visits.CheckIn(checkIn.id(), checkIn.occurredAt(), checkIn.direction()));
        }
        List<Presence.Stay> stays = new ArrayList<>();
        byPersonAndVenue.forEach((key, ofOne) -> {
            VenueCode venue = new VenueCode(key.get(1));
            Duration duration = durations.get(key.get(1));
            for (Visits.Visit visit : new LinkedHashSet<>(Visits.pair(ofOne, duration, now).values())) {
                Presence.Stay stay = stay(key.get(0), venue, visit, duration);
                if (stay.to().isAfter(from) && stay.from().isBefore(to)) {
                    stays.add(stay);
                }
            }
        });
        return stays;
    }

    /** An exit without its entry stayed one visit duration before it; an open visit lasts until it closes. */
    private static Presence.Stay stay(String person, VenueCode venue, Visits.Visit visit, Duration duration) {
        Instant left = visit.exitedAt() != null ? visit.exitedAt() : visit.closesAt();
        Instant entered = visit.enteredAt() != null ? visit.enteredAt() : left.minus(duration);
        return new Presence.Stay(person, venue, entered, left);
    }

    private Duration duration(Venue venue) {
        return properties.visitDuration(venue.type());
    }
}
