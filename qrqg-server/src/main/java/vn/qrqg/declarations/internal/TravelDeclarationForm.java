package vn.qrqg.declarations.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.qrqg.declarations.DeclaredBy;
import vn.qrqg.declarations.TravelDeclaration;
import vn.qrqg.declarations.Transport;
import vn.qrqg.declarations.TravelDeclarationRequest;
import vn.qrqg.identity.AdministrativeAreas;

/** Checks a travel declaration as sent and makes it the declaration kept, or names every bad field. */
final class TravelDeclarationForm {
    static final int MAX_SEAT = 20;
    /** Travels of the last 14 days (the incubation period tracing looks back on) may be declared late. */
    static final Duration EARLIEST_DEPARTURE = Duration.ofDays(14);
    /** A planned travel may be declared ahead, within the month its declaration is kept. */
    static final Duration LATEST_DEPARTURE = Duration.ofDays(30);
    /** No domestic travel lasts longer; a later arrival would match the vehicle on days it did not carry them. */
    static final Duration LONGEST_TRAVEL = Duration.ofDays(7);

    private final AdministrativeAreas areas;

    TravelDeclarationForm(AdministrativeAreas areas) {
        this.areas = areas;
    }

    /**
     * The declaration of {@code request} for {@code qid}, declared at {@code now}.
     *
     * @throws vn.qrqg.platform.web.InvalidFieldException naming every field it cannot take
     */
    TravelDeclaration declaration(TravelDeclarationRequest request, UUID id, String qid, Instant now,
            DeclaredBy declaredBy) {
        FormFields fields = new FormFields(areas);
        String fromProvince = fields.province("fromProvinceCode", request.fromProvinceCode());
        String fromCommune = fields.commune("fromCommuneCode", request.fromCommuneCode(), fromProvince,
                "fromProvinceCode", true);
        String toProvince = fields.province("toProvinceCode", request.toProvinceCode());
        String toCommune = fields.commune("toCommuneCode", request.toCommuneCode(), toProvince, "toProvinceCode",
                true);
        Transport transport = fields.oneOf("transport", request.transport(), Transport.class, true);
        String vehicleNumber = request.vehicleNumber() == null ? null : request.vehicleNumber().strip();
        String normalized = VehicleNumbers.normalize(vehicleNumber).orElse(null);
        if (normalized == null) {
            fields.reject("vehicleNumber", vehicleNumber == null || vehicleNumber.isEmpty()
                    ? "is required: the flight, train, coach or plate number" : VehicleNumbers.expected());
        }
        String seat = fields.optionalText("seat", request.seat(), MAX_SEAT);
        Instant departure = instant(fields.time("departureAt", request.departureAt(), true));
        Instant arrival = instant(fields.time("arrivalAt", request.arrivalAt(), false));
        if (departure != null && departure.isBefore(now.minus(EARLIEST_DEPARTURE))) {
            fields.reject("departureAt", "must be within the last " + EARLIEST_DEPARTURE.toDays() + " days");
        }
        if (departure != null && departure.isAfter(now.plus(LATEST_DEPARTURE))) {
            fields.reject("departureAt", "must be within the next " + LATEST_DEPARTURE.toDays() + " days");
        }
        if (departure != null && arrival != null && !arrival.isAfter(departure)) {
            fields.reject("arrivalAt", "must be after departureAt");
        } else if (departure != null && arrival != null && arrival.isAfter(departure.plus(LONGEST_TRAVEL))) {
            fields.reject("arrivalAt", "must be within " + LONGEST_TRAVEL.toDays() + " days of departureAt");
        }
        fields.check();
        return new TravelDeclaration(id, qid, now, declaredBy, fromProvince, fromCommune, toProvince, toCommune,
                transport, vehicleNumber, normalized, seat, departure, arrival);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
