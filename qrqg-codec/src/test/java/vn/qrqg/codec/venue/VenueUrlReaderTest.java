package vn.qrqg.codec.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.QrFormatException;

class VenueUrlReaderTest {

    private static final VenueCode CODE = new VenueCode("ABCDEFGHV");
    private final VenueUrlReader reader = new VenueUrlReader(List.of("https://qr.example.vn", "http://localhost:8080/"));

    @Test
    void recognisesTheUrlsItsOwnWriterMakes() {
        for (String base : List.of("https://qr.example.vn", "http://localhost:8080")) {
            VenueCode code = VenueCode.generate();
            assertThat(reader.recognise(VenueUrl.of(base, code))).isEqualTo(new Recognition.Venue(code));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://qr.example.vn/v/ABCDEFGHV",
        "HTTPS://QR.Example.VN/v/ABCDEFGHV",
        "https://qr.example.vn:443/v/ABCDEFGHV",
        "https://qr.example.vn/v/ABCDEFGHV/",
        "https://qr.example.vn/v/ABCDEFGHV?utm_source=camera&x=%20",
        "https://qr.example.vn/v/ABCDEFGHV/?ref=poster",
        "https://qr.example.vn/v/ABCDEFGHV#top",
        "https://qr.example.vn/v/abcdefghv",
        "http://localhost:8080/v/ABCDEFGHV",
    })
    void recognisesVenueUrlsOfAnAcceptedBase(String text) {
        Recognition recognition = reader.recognise(text);
        assertThat(recognition).isEqualTo(new Recognition.Venue(CODE));
        assertThat(recognition.venueCode()).contains(CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "hello",
        "ABCDEFGHV",
        "/v/ABCDEFGHV",
        "001093029317|NGUYEN LE KHA HAN|1987-01-18|0|162979388586171103|<1<<<x.y",
        "mailto:venue@qr.example.vn",
        "https://other.example.vn/v/ABCDEFGHV",
        "https://www.qr.example.vn/v/ABCDEFGHV",
        "https://qr.example.vn.evil.com/v/ABCDEFGHV",
        "https://qr.example.vn@evil.com/v/ABCDEFGHV",
        "https://user@qr.example.vn/v/ABCDEFGHV",
        "http://qr.example.vn/v/ABCDEFGHV",
        "https://qr.example.vn:8443/v/ABCDEFGHV",
        "http://localhost/v/ABCDEFGHV",
        "http://localhost:8081/v/ABCDEFGHV",
        "https://qr.example.vn/p/ABCDEFGHV",
        "https://qr.example.vn/V/ABCDEFGHV",
        "https://qr.example.vn/v",
        "https://qr.example.vn/",
        "https://qr.example.vn",
        "https://qr.example.vn/x/v/ABCDEFGHV",
        "https://qr.example.vn/v/ABC DEF",
        "ftp://qr.example.vn/v/ABCDEFGHV",
        "https:/v/ABCDEFGHV",
    })
    void leavesOtherTextsToOtherReaders(String text) {
        Recognition recognition = reader.recognise(text);
        assertThat(recognition).isEqualTo(Recognition.NOT_OURS);
        assertThat(recognition.venueCode()).isEmpty();
    }

    @Test
    void reportsABadCodeUnderOurPathWithItsPositionInTheWholeUrl() {
        String prefix = "https://qr.example.vn/v/";
        assertProblem(prefix + "ABCDEFGHW", FormatProblem.BAD_CHECK_DIGIT, prefix.length() + 8);
        assertProblem(prefix + "ABCDUFGHV?utm=1", FormatProblem.BAD_CHARACTER, prefix.length() + 4);
        assertProblem(prefix + "ABCDEFGH", FormatProblem.BAD_LENGTH, prefix.length() + 8);
        assertProblem(prefix + "ABC%20DEF", FormatProblem.BAD_CHARACTER, prefix.length() + 3);
        assertProblem(prefix, FormatProblem.EMPTY, prefix.length());
        assertProblem(prefix + "/", FormatProblem.EMPTY, prefix.length());
    }

    @Test
    void reportsMorePathAfterTheCodeAsMalformed() {
        String prefix = "http://localhost:8080/v/";
        assertProblem(prefix + "ABCDEFGHV/menu", FormatProblem.BAD_FORMAT, prefix.length() + 9);
        assertProblem(prefix + "ABCDEFGHV//", FormatProblem.BAD_FORMAT, prefix.length() + 9);
    }

    @Test
    void countsPositionsInCodePoints() {
        String prefix = "https://qr.example.vn/v/";
        // U+1F600 is two chars but one code point; URI accepts it as an "other" character
        assertProblem(prefix + "A\uD83D\uDE00CDEFGHV", FormatProblem.BAD_CHARACTER, prefix.length() + 1);
    }

    @Test
    void honoursABasePath() {
        VenueUrlReader underPath = new VenueUrlReader(List.of("https://example.vn/qr"));
        assertThat(underPath.recognise("https://example.vn/qr/v/ABCDEFGHV")).isEqualTo(new Recognition.Venue(CODE));
        assertThat(underPath.recognise("https://example.vn/v/ABCDEFGHV")).isEqualTo(Recognition.NOT_OURS);
    }

    @Test
    void letsCallersSwitchOverTheResult() {
        String described = switch (reader.recognise("https://qr.example.vn/v/ABCDEFGHV")) {
            case Recognition.NotOurs notOurs -> "unsupported";
            case Recognition.Venue venue -> "venue " + venue.code();
        };
        assertThat(described).isEqualTo("venue ABCDEFGHV");
    }

    @Test
    void refusesToBeConfiguredWithoutUsableBaseUrls() {
        assertThatIllegalArgumentException().isThrownBy(() -> new VenueUrlReader(List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new VenueUrlReader(List.of("qr.example.vn")));
    }

    private void assertProblem(String text, FormatProblem problem, int position) {
        assertThatThrownBy(() -> reader.recognise(text)).as(text).isInstanceOfSatisfying(QrFormatException.class, e -> {
            assertThat(e.field()).isEqualTo(VenueCode.FIELD);
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.position()).isEqualTo(position);
        });
    }
}
