package vn.qrqg.dcc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A German and a Dutch certificate of the EU's public test data verify as their issuers expect (eu-dgc-testdata/README.md). */
class EuTestDataTest {

    @ParameterizedTest
    @ValueSource(strings = {"DE-1.json", "NL-041-vaccination.json"})
    void aForeignCertificateVerifiesWithItsSignerAtItsValidationClock(String file) throws Exception {
        JsonNode test = load(file);
        DccResult result = verifier(test).verify(test.path("PREFIX").asText(), clock(test));

        assertThat(result.valid()).as(result.reason()).isTrue();
        assertThat(result.certificate().type()).isEqualTo(DccType.VACCINATION);
        assertThat(result.certificate().payload()).isEqualTo(test.path("JSON"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE-1.json", "NL-041-vaccination.json"})
    void theSameCertificateAYearLaterHasExpired(String file) throws Exception {
        JsonNode test = load(file);
        DccResult result = verifier(test).verify(test.path("PREFIX").asText(), clock(test).plusSeconds(365L * 24 * 3600));

        assertThat(result.failedStep()).isEqualTo(Step.EXPIRY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE-1.json", "NL-041-vaccination.json"})
    void withoutItsSignerTheSignerIsUnknown(String file) throws Exception {
        JsonNode test = load(file);
        DccResult result = new DccVerifier(SignerCertificates.empty()).verify(test.path("PREFIX").asText(), clock(test));

        assertThat(result.failedStep()).isEqualTo(Step.SIGNATURE);
        assertThat(result.reason()).startsWith("unknown signer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE-1.json", "NL-041-vaccination.json"})
    void theKeyIdMayStandInEitherHeader(String file) throws Exception {
        DccResult result = DccDecoder.decode(load(file).path("PREFIX").asText());

        assertThat(result.certificate().header().kidProtected()).isEqualTo(file.startsWith("NL"));
    }

    static JsonNode load(String file) throws Exception {
        return Cbor.JSON.readTree(DccVectorsTest.resource("eu-dgc-testdata/" + file));
    }

    static DccVerifier verifier(JsonNode test) {
        byte[] certificate = test.path("TESTCTX").path("CERTIFICATE").asText().getBytes(StandardCharsets.US_ASCII);
        return new DccVerifier(SignerCertificates.of(List.of(SignerCertificates.parseCertificate(certificate))));
    }

    /** The validation clock; the NL files give a local time without a zone, read as UTC. */
    static Instant clock(JsonNode test) {
        String clock = test.path("TESTCTX").path("VALIDATIONCLOCK").asText();
        try {
            return OffsetDateTime.parse(clock).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return LocalDateTime.parse(clock).toInstant(ZoneOffset.UTC);
        }
    }
}
