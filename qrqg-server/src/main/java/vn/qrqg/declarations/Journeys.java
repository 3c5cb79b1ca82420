package vn.qrqg.declarations;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.qrqg.declarations.internal.TravelJourneys;

/**
 * Who travelled on which vehicle, and when, by their travel declarations: for exposure tracing,
 * inside the platform only (no API answers it, nothing is audited here: the capability that acts
 * on it audits what it shows). A journey runs from departure to arrival; without a declared
 * arrival, over its departure's whole day in Vietnam. Vehicles are matched by their normalised
 * number ({@code VN123}, {@code 51B12345}).
 */
@Service
public class Journeys {
    /**
     * @param vehicleNumber as the traveller declared it
     * @param vehicleKey normalised: what matches one vehicle across declarations
     */
    public record Journey(String qid, String vehicleNumber, String vehicleKey, Instant from, Instant to) {
    }

    private final TravelJourneys journeys;

    Journeys(TravelJourneys journeys) {
        this.journeys = journeys;
    }

    /** These people's journeys that overlap {@code [from, to)}. */
    public List<Journey> of(Collection<String> qids, Instant from, Instant to) {
        return journeys.of(qids, from, to);
    }

    /** Everyone's journeys on the vehicle that overlap {@code [from, to)}. */
    public List<Journey> onVehicle(String vehicleKey, Instant from, Instant to) {
        return journeys.onVehicle(vehicleKey, from, to);
    }
}
