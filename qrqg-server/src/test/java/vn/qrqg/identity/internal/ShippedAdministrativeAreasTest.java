package vn.qrqg.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void namesTheCurrentProvinceEachPre2025ProvinceWasMergedInto() {
        assertThat(AREAS.successorOf("02")).contains(new AdministrativeAreas.Province("08", "Tỉnh Tuyên Quang"));
        assertThat(AREAS.successorOf("77")).contains(new AdministrativeAreas.Province("79", "Thành phố Hồ Chí Minh"));
        assertThat(AREAS.successorOf("01")).contains(new AdministrativeAreas.Province("01", "Thành phố Hà Nội"));
        assertThat(List.of("01", "02", "04", "06", "08", "10", "11", "12", "14", "15", "17", "19", "20", "22", "24", "25",
                "26", "27", "30", "31", "33", "34", "35", "36", "37", "38", "40", "42", "44", "45", "46", "48", "49", "51",
                "52", "54", "56", "58", "60", "62", "64", "66", "67", "68", "70", "72", "74", "75", "77", "79", "80", "82",
                "83", "84", "86", "87", "89", "91", "92", "93", "94", "95", "96"))
                .as("the 63 pre-2025 provinces").hasSize(63)
                .allSatisfy(code -> assertThat(AREAS.successorOf(code)).isPresent());
        assertThat(AREAS.successorOf("03")).as("no province had that code").isEmpty();
        assertThat(AREAS.successorOf("00004")).isEmpty();
        assertThat(AREAS.successorOf(null)).isEmpty();
    }
}
