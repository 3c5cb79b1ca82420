package vn.qrqg.declarations;

import jakarta.validation.constraints.NotBlank;
import vn.qrqg.declarations.internal.PlaceCodes;
import vn.qrqg.declarations.internal.TravelDeclarationForm;
import vn.qrqg.platform.web.MaxLength;
import vn.qrqg.platform.web.OneOf;

/**
 * The body of {@code POST /api/v1/declarations/travel}, as sent: its constraints, then
 * {@link TravelDeclarationForm} (codes against the administrative areas, the vehicle number,
 * times and their order), name every field it cannot take. Times are ISO-8601 with an offset,
 * e.g. {@code 2021-09-11T08:30:00+07:00}.
 *
 * @param transport a name of {@link vn.qrqg.declarations.Transport}
 * @param seat optional
 * @param arrivalAt optional
 */
public record TravelDeclarationRequest(
        @NotBlank(message = PlaceCodes.PROVINCE_REQUIRED) String fromProvinceCode,
        @NotBlank(message = PlaceCodes.COMMUNE_REQUIRED) String fromCommuneCode,
        @NotBlank(message = PlaceCodes.PROVINCE_REQUIRED) String toProvinceCode,
        @NotBlank(message = PlaceCodes.COMMUNE_REQUIRED) String toCommuneCode,
        @OneOf(Transport.class) String transport,
        String vehicleNumber,
        @MaxLength(max = TravelDeclarationForm.MAX_SEAT) String seat,
        @NotBlank(message = TravelDeclarationForm.TIME_REQUIRED) String departureAt,
        String arrivalAt) {
}
