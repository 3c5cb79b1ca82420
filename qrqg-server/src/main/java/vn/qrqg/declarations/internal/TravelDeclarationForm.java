package vn.qrqg.declarations.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import vn.qrqg.declarations.DeclaredBy;
import vn.qrqg.declarations.TravelDeclaration;
import vn.qrqg.declarations.Transport;
import vn.qrqg.declarations.TravelDeclarationRequest;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.platform.web.FieldErrors;

/** Checks a travel declaration as sent and makes it the declaration kept, or names every bad field. */
public final class TravelDeclarationForm {
    public static final int MAX_SEAT = 20;
    /** Travels of the last 14 days (the incubation period tracing looks back on) may be declared late. */
    static final Duration EARLIEST_DEPARTURE = Duration.ofDays(14);
    /** A planned travel may be declared ahead, within the month its declaration is kept. */
    static final Duration LATEST_DEPARTURE = Duration.ofDays(30);
    /** No domestic travel lasts longer; a later arrival would match the vehicle on days it did not carry them. */
    static final Duration LONGEST_TRAVEL = Duration.ofDays(7);

    public static final String TIME_REQUIRED = "is required: an ISO-8601 time with an offset, e.g. 2021-09-11T08:30:00+07:00";

    private final PlaceCodes codes;

    TravelDeclarationForm(AdministrativeAreas areas) {
        this.codes = new PlaceCodes(areas);
    }

    /**
     * The declaration of {@code request} for {@code qid}, declared at {@code now}.
     *
     * @throws vn.qrqg.platform.web.InvalidFieldException naming every field it cannot take
     */
    TravelDeclaration declaration(TravelDeclarationRequest request, UUID id, String qid, Instant now,
            DeclaredBy declaredBy) {
        FieldErrors errors = FieldErrors.of(request);
        String fromProvince = codes.province(errors, "fromProvinceCode", request.fromProvinceCode());
        String fromCommune = codes.commune(errors, "fromCommuneCode", request.fromCommuneCode(), fromProvince,
                "fromProvinceCode");
        String toProvince = codes.province(errors, "toProvinceCode", request.toProvinceCode());
        String toCommune = codes.commune(errors, "toCommuneCode", request.toCommuneCode(), toProvince,
                "toProvinceCode");
        Transport transport = errors.failed("transport") ? null : Transport.valueOf(request.transport());
        String vehicleNumber = request.vehicleNumber() == null ? null : request.vehicleNumber().strip();
        String normalized = VehicleNumbers.normalize(vehicleNumber).orElse(null);
        if (normalized == null) {
            errors.reject("vehicleNumber", vehicleNumber == null || vehicleNumber.isEmpty()
                    ? "is required: the flight, train, coach or plate number" : VehicleNumbers.expected());
        }
        String seat = PlaceCodes.optionalText(request.seat());
        Instant departure = time(errors, "departureAt", request.departureAt());
        Instant arrival = time(errors, "arrivalAt", request.arrivalAt());
        if (departure != null && departure.isBefore(now.minus(EARLIEST_DEPARTURE))) {
            errors.reject("departureAt", "must be within the last " + EARLIEST_DEPARTURE.toDays() + " days");
        }
        if (departure != null && departure.isAfter(now.plus(LATEST_DEPARTURE))) {
            errors.reject("departureAt", "must be within the next " + LATEST_DEPARTURE.toDays() + " days");
        }
        if (departure != null && arrival != null && !arrival.isAfter(departure)) {
            errors.reject("arrivalAt", "must be after departureAt");
        } else if (departure != null && arrival != null && arrival.isAfter(departure.plus(LONGEST_TRAVEL))) {
            errors.reject("arrivalAt", "must be within " + LONGEST_TRAVEL.toDays() + " days of departureAt");
        }
        errors.throwIfAny();
        return new TravelDeclaration(id, qid, now, declaredBy, fromProvince, fromCommune, toProvince, toCommune,
                transport, vehicleNumber, normalized, seat, departure, arrival);
    }

    /** An ISO-8601 time with an offset ({@code Z} or e.g. {@code +07:00}); null when absent or rejected. */
    private static Instant time(FieldErrors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null; // whether it is required is the request's constraint
        }
        try {
            return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return errors.fail(field, "must be an ISO-8601 time with an offset, e.g. 2021-09-11T08:30:00+07:00");
        }
    }
}
