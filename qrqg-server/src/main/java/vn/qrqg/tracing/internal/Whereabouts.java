package vn.qrqg.tracing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.qrqg.checkins.Presence;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.declarations.Journeys;
import vn.qrqg.tracing.ExposureReason;

/**
 * Where people were, as tracing matches it: their visits to venues (check-ins) and their journeys
 * on vehicles (travel declarations, which name people by QID only).
 */
@Component
class Whereabouts implements Exposures.VisitsAt {
    private final Presence presence;
    private final Journeys journeys;

    Whereabouts(Presence presence, Journeys journeys) {
        this.presence = presence;
        this.journeys = journeys;
    }

    /** The visits and journeys of whoever {@code people} name (QIDs or document numbers) that overlap {@code [from, to)}. */
    List<Exposures.Visit> of(Collection<String> people, Instant from, Instant to) {
        List<Exposures.Visit> visits = new ArrayList<>();
        presence.staysOf(people, from, to).forEach(stay -> visits.add(venue(stay)));
        List<String> qids = people.stream().filter(Qid::isValid).toList();
        journeys.of(qids, from, to).forEach(journey -> visits.add(travel(journey)));
        return visits;
    }

    /** Everyone's presences at {@code site} that overlap {@code [from, to)}. */
    @Override
    public List<Exposures.Visit> overlapping(Exposures.Site site, Instant from, Instant to) {
        return overlapping(List.of(new Exposures.Risk(site, from, to))).getFirst();
    }

    /** Everyone's presences at each window's site that overlap it: every venue in one read, vehicles one each. */
    @Override
    public List<List<Exposures.Visit>> overlapping(List<Exposures.Risk> windows) {
        List<Presence.Window> atVenues = windows.stream().filter(window -> window.site().reason() == ExposureReason.VENUE)
                .map(window -> new Presence.Window(new VenueCode(window.site().key()), window.from(), window.to()))
                .toList();
        Iterator<List<Presence.Stay>> venueStays = presence.staysAt(atVenues).iterator();
        List<List<Exposures.Visit>> visits = new ArrayList<>(windows.size());
        for (Exposures.Risk window : windows) {
            visits.add(switch (window.site().reason()) {
                case VENUE -> venueStays.next().stream().map(Whereabouts::venue).toList();
                case TRAVEL -> journeys.onVehicle(window.site().key(), window.from(), window.to()).stream()
                        .map(Whereabouts::travel).toList();
            });
        }
        return visits;
    }

    private static Exposures.Visit venue(Presence.Stay stay) {
        return new Exposures.Visit(stay.person(), new Exposures.Site(ExposureReason.VENUE, stay.venue().value()), null,
                stay.from(), stay.to());
    }

    private static Exposures.Visit travel(Journeys.Journey journey) {
        return new Exposures.Visit(journey.qid(), new Exposures.Site(ExposureReason.TRAVEL, journey.vehicleKey()),
                journey.vehicleNumber(), journey.from(), journey.to());
    }
}
