package vn.qrqg.declarations.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.declarations.Journeys;
import vn.qrqg.declarations.TravelDeclaration;

/**
 * {@link Journeys}' work: travel declarations within the retention, each a time on board, from
 * its departure to its arrival, or, arrival undeclared, its departure's whole day in Vietnam (as
 * the health officers' query by vehicle and day counts it).
 */
public final class TravelJourneys {
    private final TravelDeclarationRows rows;
    private final Duration retention;

    TravelJourneys(TravelDeclarationRows rows, Duration retention) {
        this.rows = rows;
        this.retention = retention;
    }

    /** {@link Journeys#of}. */
    public List<Journeys.Journey> of(Collection<String> qids, Instant from, Instant to) {
        return journeys(rows.ofPeople(qids, dayStart(from), to, Instant.now().minus(retention)), from, to);
    }

    /** {@link Journeys#onVehicle}. */
    public List<Journeys.Journey> onVehicle(String vehicleKey, Instant from, Instant to) {
        return journeys(rows.allOnVehicle(vehicleKey, dayStart(from), to, Instant.now().minus(retention)), from, to);
    }

    private static List<Journeys.Journey> journeys(List<TravelDeclaration> travels, Instant from, Instant to) {
        return travels.stream().map(TravelJourneys::journey)
                .filter(journey -> journey.to().isAfter(from) && journey.from().isBefore(to)).toList();
    }

    /** The declaration as a journey: from departure to arrival, or over its departure's day without an arrival. */
    static Journeys.Journey journey(TravelDeclaration travel) {
        Instant boarded = travel.arrivalAt() != null ? travel.departureAt() : dayStart(travel.departureAt());
        Instant left = travel.arrivalAt() != null ? travel.arrivalAt()
                : LocalDate.ofInstant(travel.departureAt(), VietnamTime.ZONE).plusDays(1).atStartOfDay(VietnamTime.ZONE)
                        .toInstant();
        return new Journeys.Journey(travel.qid(), travel.vehicleNumber(), travel.normalizedVehicleNumber(), boarded, left);
    }

    /** 00:00 in Vietnam of the day of {@code at}: a travel without arrival counts from there. */
    private static Instant dayStart(Instant at) {
        return LocalDate.ofInstant(at, VietnamTime.ZONE).atStartOfDay(VietnamTime.ZONE).toInstant();
    }
}
