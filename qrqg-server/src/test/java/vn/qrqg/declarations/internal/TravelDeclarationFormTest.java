package vn.qrqg.declarations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.qrqg.declarations.DeclaredBy;
import vn.qrqg.declarations.Transport;
import vn.qrqg.declarations.TravelDeclaration;
import vn.qrqg.declarations.TravelDeclarationRequest;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.platform.web.InvalidRequest;

class TravelDeclarationFormTest {
    private static final TravelDeclarationForm FORM = new TravelDeclarationForm(new TestAreas());
    private static final Instant NOW = Instant.parse("2030-03-15T01:30:00Z");

    @Test
    void keepsTheNumberAsDeclaredBesideTheFormItMatchesOn() {
        TravelDeclaration travel = declare(request("AIRPLANE", " VN 123 ", "2030-03-15T08:30:00+07:00",
                "2030-03-15T10:35+07:00"));
        assertThat(travel.vehicleNumber()).isEqualTo("VN 123");
        assertThat(travel.normalizedVehicleNumber()).isEqualTo("VN123");
        assertThat(travel.transport()).isEqualTo(Transport.AIRPLANE);
        assertThat(travel.departureAt()).isEqualTo(Instant.parse("2030-03-15T01:30:00Z"));
        assertThat(travel.arrivalAt()).isEqualTo(Instant.parse("2030-03-15T03:35:00Z"));
        assertThat(travel.seat()).isEqualTo("12A");
        assertThat(List.of(travel.fromProvinceCode(), travel.fromCommuneCode(), travel.toProvinceCode(),
                travel.toCommuneCode())).containsExactly("01", "00004", "79", "26743");
    }

    @Test
    void theArrivalMayBeLeftOut() {
        assertThat(declare(request("COACH", "51B-123.45", "2030-03-14T22:00:00Z", null)).arrivalAt()).isNull();
    }

    @Test
    void aCommuneMustBeOfItsOwnProvince() {
        assertThat(fieldsOf(new TravelDeclarationRequest("01", "26743", "79", "00004", "TRAIN", "SE1", null,
                "2030-03-15T08:30:00+07:00", null))).containsExactly("fromCommuneCode", "toCommuneCode");
        assertThat(fieldsOf(new TravelDeclarationRequest("02", "00004", "79", null, "TRAIN", "SE1", null,
                "2030-03-15T08:30:00+07:00", null))).containsExactly("fromProvinceCode", "toCommuneCode");
    }

    @Test
    void timesNeedAnOffsetAndTheArrivalComesAfterTheDeparture() {
        assertThat(fieldsOf(request("TRAIN", "SE1", "2030-03-15T08:30:00", null))).containsExactly("departureAt");
        assertThat(fieldsOf(request("TRAIN", "SE1", "15/03/2030 08:30", null))).containsExactly("departureAt");
        assertThat(fieldsOf(request("TRAIN", "SE1", "2030-03-15T08:30:00+07:00", "2030-03-15T08:30:00+07:00")))
                .containsExactly("arrivalAt");
        assertThat(fieldsOf(request("TRAIN", "SE1", "2030-03-15T08:30:00+07:00", "2030-03-15T01:29:59Z")))
                .containsExactly("arrivalAt");
        assertThat(fieldsOf(request("TRAIN", "SE1", "2030-03-15T08:30:00+07:00", "2030-03-22T08:30:01+07:00")))
                .as("longer than a week").containsExactly("arrivalAt");
    }

    @Test
    void theDepartureIsWithinTheLastFourteenDaysOrTheNextThirty() {
        declare(request("BUS", "08", "2030-03-01T01:30:00Z", null));
        declare(request("BUS", "08", "2030-04-14T01:30:00Z", null));
        assertThat(fieldsOf(request("BUS", "08", "2030-03-01T01:29:59Z", null))).containsExactly("departureAt");
        assertThat(fieldsOf(request("BUS", "08", "2030-04-14T01:30:01Z", null))).containsExactly("departureAt");
    }

    @Test
    void namesEveryMissingOrUnknownField() {
        assertThat(fieldsOf(new TravelDeclarationRequest(null, null, null, null, null, null, null, null, null)))
                .containsExactly("fromProvinceCode", "fromCommuneCode", "toProvinceCode", "toCommuneCode",
                        "transport", "vehicleNumber", "departureAt");
        assertThat(fieldsOf(new TravelDeclarationRequest("01", "00004", "79", "26743", "PLANE", "VN#1",
                "x".repeat(21), "2030-03-15T08:30:00+07:00", null))).containsExactly("transport", "vehicleNumber",
                        "seat");
    }

    private static TravelDeclarationRequest request(String transport, String vehicle, String departure,
            String arrival) {
        return new TravelDeclarationRequest("01", "00004", "79", "26743", transport, vehicle, "12A", departure,
                arrival);
    }

    private static TravelDeclaration declare(TravelDeclarationRequest request) {
        return FORM.declaration(request, UUID.randomUUID(), "123456789012345678", NOW, DeclaredBy.HOLDER_APP);
    }

    private static List<String> fieldsOf(TravelDeclarationRequest request) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, () -> declare(request));
        assertThat(e).as("refused").isNotNull();
        return e.errors().stream().map(InvalidRequest.FieldError::field).toList();
    }
}
