package vn.qrqg.passports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.dcc.DccValueSets;
import vn.qrqg.dcc.Uvci;
import vn.qrqg.health.Vaccination;
import vn.qrqg.identity.RegisteredPerson;

class PassportContentTest {
    private static final String ISSUER = "Ministry of Health of Viet Nam";

    @Test
    void theLastDoseOfATwoDoseVaccineIsCertifiedWithTheEuCodesAndTheFamilyNameFirst() {
        PassportContent content = PassportContent.of("Q", person("  Lê  Khả Hân ", new BirthDate(1990, 4, 30)),
                dose(2, "EU/1/20/1528", false), ISSUER, CitizenPassports.newUvci());

        assertThat(content.familyName()).isEqualTo("Lê");
        assertThat(content.givenName()).isEqualTo("Khả Hân");
        assertThat(content.fullName()).isEqualTo("Lê Khả Hân");
        assertThat(content.dateOfBirth()).isEqualTo("1990-04-30");
        assertThat(content.vaccine()).isEqualTo("1119349007");
        assertThat(content.manufacturer()).isEqualTo("ORG-100030215");
        assertThat(content.manufacturerName()).isEqualTo("Biontech Manufacturing GmbH");
        assertThat(content.dose() + "/" + content.series()).isEqualTo("2/2");
        var entry = content.payload().path("v").get(0);
        assertThat(entry.path("tg").asText()).isEqualTo("840539006");
        assertThat(entry.path("co").asText()).isEqualTo("VN");
        assertThat(entry.path("is").asText()).isEqualTo(ISSUER);
        assertThat(entry.path("dt").asText()).isEqualTo("2021-09-01");
        assertThat(content.payload().path("nam").path("fnt").asText()).isEqualTo("LE");
        assertThat(content.payload().path("nam").path("gnt").asText()).isEqualTo("KHA<HAN");
    }

    @Test
    void aBoosterCountsOnAndAOneDoseVaccineIsASeriesOfOne() {
        RegisteredPerson person = person("Nguyễn Văn An", new BirthDate(1980, 1, 2));
        PassportContent booster = PassportContent.of("Q", person, dose(3, "EU/1/20/1507", false), ISSUER, "U");
        PassportContent janssen = PassportContent.of("Q", person, dose(1, "EU/1/20/1525", true), ISSUER, "U");
        assertThat(booster.dose() + "/" + booster.series()).isEqualTo("3/3");
        assertThat(janssen.dose() + "/" + janssen.series()).isEqualTo("1/1");
    }

    @Test
    void aBirthDateKnownOnlyInPartIsWrittenAsFarAsItIsKnown() {
        assertThat(PassportContent.dateOfBirth(new BirthDate(1950, 0, 0))).isEqualTo("1950");
        assertThat(PassportContent.dateOfBirth(new BirthDate(1950, 7, 0))).isEqualTo("1950-07");
    }

    @Test
    void aNameOfOneWordIsAFamilyNameAlone() {
        PassportContent content = PassportContent.of("Q", person("Hân", new BirthDate(1990, 4, 30)),
                dose(1, "EU/1/20/1528", false), ISSUER, "U");
        assertThat(content.familyName()).isEqualTo("Hân");
        assertThat(content.givenName()).isNull();
        assertThat(content.payload().path("nam").has("gn")).isFalse();
    }

    @Test
    void newUvcisAreValidVietnameseIdentifiersAndDiffer() {
        String one = CitizenPassports.newUvci();
        assertThat(Uvci.problem(one)).isEmpty();
        assertThat(one).startsWith("URN:UVCI:01:VN:QRQG/").isNotEqualTo(CitizenPassports.newUvci());
    }

    @Test
    void everyVaccineTheHealthRecordsAcceptHasEuCodesInTheValueSets() throws IOException {
        List<String> products;
        try (InputStream in = PassportContentTest.class.getResourceAsStream("/health/vaccine-products.csv")) {
            products = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank()).map(line -> line.substring(0, line.indexOf(','))).toList();
        }
        assertThat(products).isNotEmpty();
        for (String product : products) {
            DccVaccines.Codes codes = DccVaccines.of(product).orElseThrow(() -> new AssertionError(product));
            assertThat(DccValueSets.display(DccValueSets.PRODUCT, product)).as(product).isPresent();
            assertThat(DccValueSets.display(DccValueSets.VACCINE, codes.vaccine())).as(product).isPresent();
            assertThat(DccValueSets.display(DccValueSets.MANUFACTURER, codes.manufacturer())).as(product).isPresent();
        }
    }

    private static RegisteredPerson person(String name, BirthDate born) {
        return new RegisteredPerson("001090000001", null, name, born, Gender.FEMALE, null, null, null, null, null);
    }

    private static Vaccination dose(int number, String product, boolean singleDose) {
        return new Vaccination(LocalDate.of(2021, 9, 1), number, product, "Name of " + product, "Maker", singleDose,
                "LOT1", "Trạm Y tế Phường Ba Đình");
    }
}
