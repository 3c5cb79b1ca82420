package vn.qrqg.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.qrqg.identity.AdministrativeAreas;

class AdministrativeAreasTest {
    private static final AdministrativeAreas AREAS = new ShippedAdministrativeAreas(AdministrativeUnits.load());

    @Test
    void knowsTheProvincesOfTheCurrentStructureOnly() {
        assertThat(AREAS.isProvince("01")).isTrue();
        assertThat(AREAS.isProvince("79")).isTrue();
        assertThat(AREAS.isProvince("02")).as("Hà Giang, merged into Tuyên Quang in 2025").isFalse();
        assertThat(AREAS.isProvince("00004")).as("a commune").isFalse();
        assertThat(AREAS.isProvince(null)).isFalse();
    }

    @Test
    void aCommuneBelongsToItsOwnProvinceAlone() {
        assertThat(AREAS.isCommuneOf("01", "00004")).isTrue();
        assertThat(AREAS.isCommuneOf("79", "26743")).isTrue();
        assertThat(AREAS.isCommuneOf("79", "00004")).isFalse();
        assertThat(AREAS.isCommuneOf("01", "01")).isFalse();
        assertThat(AREAS.isCommuneOf(null, "00004")).isFalse();
        assertThat(AREAS.isCommuneOf("01", null)).isFalse();
    }

    @Test
    void namesProvincesAndCommunesInFull() {
        assertThat(AREAS.province("01").map(AdministrativeAreas.Province::name)).contains("Thành phố Hà Nội");
        assertThat(AREAS.commune("26743").map(AdministrativeAreas.Commune::name)).contains("Phường Bến Thành");
        assertThat(AREAS.province("00004")).isEmpty();
        assertThat(AREAS.commune("99999")).isEmpty();
    }
}
