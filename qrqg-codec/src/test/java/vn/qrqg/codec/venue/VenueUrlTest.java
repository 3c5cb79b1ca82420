package vn.qrqg.codec.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class VenueUrlTest {

    private static final VenueCode CODE = new VenueCode("ABCDEFGHV");

    @Test
    void appendsTheVenuePathAndCodeToTheBaseUrl() {
        assertThat(VenueUrl.of("https://qr.example.vn", CODE)).isEqualTo("https://qr.example.vn/v/ABCDEFGHV");
    }

    @Test
    void writesNoDoubleSlashWhenTheBaseEndsWithOne() {
        assertThat(VenueUrl.of("https://qr.example.vn/", CODE)).isEqualTo("https://qr.example.vn/v/ABCDEFGHV");
    }

    @Test
    void keepsAPortAndABasePath() {
        assertThat(VenueUrl.of("http://localhost:8080", CODE)).isEqualTo("http://localhost:8080/v/ABCDEFGHV");
        assertThat(VenueUrl.of("https://example.vn/qr/", CODE)).isEqualTo("https://example.vn/qr/v/ABCDEFGHV");
    }

    @Test
    void refusesABaseThatNoReaderCouldRecognise() {
        assertThatIllegalArgumentException().isThrownBy(() -> VenueUrl.of("qr.example.vn", CODE));
        assertThatIllegalArgumentException().isThrownBy(() -> VenueUrl.of("ftp://qr.example.vn", CODE));
        assertThatIllegalArgumentException().isThrownBy(() -> VenueUrl.of("https://qr.example.vn/?x=1", CODE));
        assertThatIllegalArgumentException().isThrownBy(() -> VenueUrl.of("https://qr example.vn", CODE));
    }
}
