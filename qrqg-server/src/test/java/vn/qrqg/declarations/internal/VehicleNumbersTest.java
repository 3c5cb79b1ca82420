package vn.qrqg.declarations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VehicleNumbersTest {

    @Test
    void aFlightNumberMatchesWithOrWithoutItsSpaceInAnyCase() {
        assertThat(VehicleNumbers.normalize("VN 123")).contains("VN123");
        assertThat(VehicleNumbers.normalize("VN123")).contains("VN123");
        assertThat(VehicleNumbers.normalize(" vn  123 ")).contains("VN123");
        assertThat(VehicleNumbers.normalize("Vn-123")).contains("VN123");
    }

    @Test
    void aPlateNumberLosesItsDashesAndDots() {
        assertThat(VehicleNumbers.normalize("51B-123.45")).contains("51B12345");
        assertThat(VehicleNumbers.normalize("51b 12345")).contains("51B12345");
        assertThat(VehicleNumbers.normalize("29A1–234.56")).as("an en dash typed by a phone keyboard").contains("29A123456");
    }

    @Test
    void aShipNameMatchesWithoutItsDiacriticsComposedOrNot() {
        String composed = "Phú Quốc Express";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(VehicleNumbers.normalize(composed)).contains("PHUQUOCEXPRESS");
        assertThat(VehicleNumbers.normalize(decomposed)).contains("PHUQUOCEXPRESS");
        assertThat(VehicleNumbers.normalize("Đồng Tháp 01")).contains("DONGTHAP01");
    }

    @Test
    void refusesWhatIsNoVehicleNumber() {
        assertThat(VehicleNumbers.normalize(null)).isEmpty();
        assertThat(VehicleNumbers.normalize("")).isEmpty();
        assertThat(VehicleNumbers.normalize(" - . ")).isEmpty();
        assertThat(VehicleNumbers.normalize("VN#123")).isEmpty();
        assertThat(VehicleNumbers.normalize("VN123; drop table")).isEmpty();
        assertThat(VehicleNumbers.normalize("A".repeat(VehicleNumbers.MAX_LENGTH + 1))).isEmpty();
        assertThat(VehicleNumbers.normalize("A".repeat(32))).isPresent();
        assertThat(VehicleNumbers.normalize("A".repeat(33))).isEmpty();
    }
}
