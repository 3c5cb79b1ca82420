package vn.qrqg.dcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DccPayloadTest {

    @Test
    void vietnameseNamesBecomeTheirIcaoForm() {
        assertThat(DccPayload.icao("Nguyễn")).isEqualTo("NGUYEN");
        assertThat(DccPayload.icao("Đặng Thị Ánh")).isEqualTo("DANG<THI<ANH");
        assertThat(DccPayload.icao("  Lê-Khả  Hân ")).isEqualTo("LE<KHA<HAN");
    }

    @Test
    void aPersonWithOnlyAFamilyNameHasNoGivenNameFields() {
        var payload = DccPayload.vaccination(new DccPayload.Person("Hồ", null, "1950"),
                new DccPayload.Vaccination("1119349007", "EU/1/20/1528", "ORG-100030215", 1, 2,
                        java.time.LocalDate.parse("2021-09-10"), "VN", Fixtures.ISSUER, Uvci.build("BYT/1")));

        assertThat(payload.path("nam").has("gn")).isFalse();
        assertThat(payload.path("nam").path("fnt").asText()).isEqualTo("HO");
        assertThat(HcertSchema.check(payload)).isNull();
    }

    @Test
    void aSigningKeyMustMatchItsCertificate() {
        DccSigningKey ec = TestSigners.ec("EC");
        DccSigningKey rsa = TestSigners.rsa("RSA");

        assertThatThrownBy(() -> new DccSigningKey(TestSigners.generate("RSA").getPrivate(), ec.certificate()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EC");
        assertThat(rsa.algorithm()).isEqualTo("PS256");
        assertThat(ec.algorithm()).isEqualTo("ES256");
    }
}
