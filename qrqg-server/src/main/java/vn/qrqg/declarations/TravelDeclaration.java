package vn.qrqg.declarations;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A domestic travel declaration as the platform keeps it. From and to are official codes of the
 * current structure, each commune one of its province's.
 *
 * @param vehicleNumber as declared, e.g. {@code VN 123} or {@code 51B-123.45}
 * @param normalizedVehicleNumber what queries match: upper case, without spaces, dashes, dots
 *        or diacritics, e.g. {@code VN123} or {@code 51B12345}
 * @param seat as declared, or {@code null}
 * @param arrivalAt {@code null} when not declared: the travel then counts on its departure's day only
 */
@JsonPropertyOrder({"kind", "id"})
public record TravelDeclaration(UUID id, String qid, Instant declaredAt, DeclaredBy declaredBy,
        String fromProvinceCode, String fromCommuneCode, String toProvinceCode, String toCommuneCode,
        Transport transport, String vehicleNumber, String normalizedVehicleNumber, String seat,
        Instant departureAt, Instant arrivalAt) implements Declaration {

    public static final String KIND = "TRAVEL";

    /** The names of the fields an answer carries of the person, for the audit. */
    public static final List<String> FIELDS = List.of("qid", "fromProvinceCode", "fromCommuneCode",
            "toProvinceCode", "toCommuneCode", "transport", "vehicleNumber", "seat", "departureAt", "arrivalAt");

    @Override
    @JsonProperty("kind")
    public String kind() {
        return KIND;
    }
}
