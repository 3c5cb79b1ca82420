package vn.qrqg.dcc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DccValueSetsTest {

    @Test
    void namesTheCodesACertificateCarries() {
        assertThat(DccValueSets.display(DccValueSets.PRODUCT, "EU/1/20/1528")).hasValue("Comirnaty");
        assertThat(DccValueSets.display(DccValueSets.MANUFACTURER, "ORG-100031184")).hasValue("Moderna Biotech Spain S.L.");
        assertThat(DccValueSets.display(DccValueSets.DISEASE, DccPayload.COVID_19)).hasValue("COVID-19");
        assertThat(DccValueSets.display(DccValueSets.TEST_RESULT, "260415000")).hasValue("Not detected");
        assertThat(DccValueSets.display(DccValueSets.PRODUCT, "no such code")).isEmpty();
    }

    @Test
    void eachShippedSetKeepsItsPublishedVersionWhereItHadOne() {
        assertThat(DccValueSets.names()).contains(DccValueSets.VACCINE, DccValueSets.PRODUCT, DccValueSets.MANUFACTURER,
                DccValueSets.DISEASE, DccValueSets.TEST_TYPE, DccValueSets.TEST_RESULT);
        assertThat(DccValueSets.version(DccValueSets.PRODUCT)).hasValue("2022-01-26");
        assertThat(DccValueSets.version(DccValueSets.VACCINE)).hasValue("2023-01-25");
    }

    @Test
    void aTestsManufacturerIsNotLookedUpInTheVaccineManufacturers() {
        assertThat(DccValueSets.setOf(DccType.VACCINATION, "ma")).hasValue(DccValueSets.MANUFACTURER);
        assertThat(DccValueSets.setOf(DccType.TEST, "ma")).isEmpty();
        assertThat(DccValueSets.isCountry("VN")).isTrue();
        assertThat(DccValueSets.isCountry("XX")).isFalse();
    }
}
