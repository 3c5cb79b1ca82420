package vn.qrqg.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.qrqg.identity.AdministrativeAreas;

class ShippedAdministrativeAreasTest {
    private static final AdministrativeAreas AREAS = new ShippedAdministrativeAreas(AdministrativeUnits.load());

    @Test
    void namesTheProvincesAndCommunesOfTheCurrentStructure() {
        assertThat(AREAS.province("01")).contains(new AdministrativeAreas.Province("01", "Thành phố Hà Nội"));
        assertThat(AREAS.commune("00004")).contains(new AdministrativeAreas.Commune("00004", "Phường Ba Đình", "01"));
    }

    @Test
    void knowsNothingOfOtherCodes() {
        assertThat(AREAS.province("00004")).isEmpty(); // a commune is no province
        assertThat(AREAS.commune("01")).isEmpty();
        assertThat(AREAS.commune("4")).isEmpty(); // leading zeros matter
        assertThat(AREAS.province(null)).isEmpty();
        assertThat(AREAS.commune(null)).isEmpty();
    }

    @Test
    void listsTheProvincesAndEachOnesCommunesForPickers() {
        assertThat(AREAS.provinces()).hasSize(34).first().isEqualTo(new AdministrativeAreas.Province("01", "Thành phố Hà Nội"));
        assertThat(AREAS.communesOf("01")).first().isEqualTo(new AdministrativeAreas.Commune("00004", "Phường Ba Đình", "01"));
        assertThat(AREAS.provinces()).flatMap(province -> AREAS.communesOf(province.code())).hasSize(3321);
        assertThat(AREAS.communesOf("00004")).isEmpty();
        assertThat(AREAS.communesOf(null)).isEmpty();
    }
}
