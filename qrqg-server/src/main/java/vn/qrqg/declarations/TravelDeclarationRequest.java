package vn.qrqg.declarations;

/**
 * The body of {@code POST /api/v1/declarations/travel}, as sent: checked by
 * {@code TravelDeclarationForm}, which names every field it cannot take. Times are ISO-8601 with
 * an offset, e.g. {@code 2021-09-11T08:30:00+07:00}.
 *
 * @param transport a name of {@link vn.qrqg.declarations.Transport}
 * @param seat optional
 * @param arrivalAt optional
 */
public record TravelDeclarationRequest(String fromProvinceCode, String fromCommuneCode, String toProvinceCode,
        String toCommuneCode, String transport, String vehicleNumber, String seat, String departureAt,
        String arrivalAt) {
}
