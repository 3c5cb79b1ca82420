package vn.qrqg.dcc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every published vector of {@code vectors/dcc.json}, as an app team's reader would. */
class DccVectorsTest {

    @TestFactory
    Stream<DynamicTest> everyVectorGivesItsExpectedStepOutcomes() throws IOException {
        JsonNode file = Cbor.JSON.readTree(resource("vectors/dcc.json"));
        DccVerifier verifier = new DccVerifier(SignerCertificates.fromTrustList(resource("vectors/" + file.path("trustList").asText())));
        Instant at = Instant.parse(file.path("at").asText());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode vector : file.path("cases")) {
            tests.add(DynamicTest.dynamicTest(vector.path("id").asText(), () -> {
                DccResult result = verifier.verify(vector.path("text").asText(), at);
                Map<String, Object> expected = Cbor.JSON.convertValue(vector.path("expected"),
                        new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
                assertThat(actual(result)).as(result.reason()).isEqualTo(expected);
            }));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(13);
        return tests.stream();
    }

    /** The outcome and steps as {@code dcc verify --json} prints them. */
    static Map<String, Object> actual(DccResult result) {
        Map<String, Object> steps = new LinkedHashMap<>();
        result.steps().forEach((step, outcome) -> steps.put(step.jsonName(), outcome.name()));
        Map<String, Object> actual = new LinkedHashMap<>();
        actual.put("outcome", result.valid() ? "VALID" : "INVALID");
        actual.put("steps", steps);
        return actual;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = DccVectorsTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
