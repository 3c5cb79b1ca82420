package vn.qrqg.codec.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.qrqg.codec.FormatProblem;

/** Runs every shared test vector through the codec: the same check app teams run in their language. */
class TestVectorsTest {

    private final VectorRunner runner = new VectorRunner(VectorGenerator.DIRECTORY);

    @TestFactory
    Stream<DynamicTest> everyVectorGivesItsExpectedAnswer() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.get("id") + ": " + c.get("description"),
                () -> assertThat(runner.run(c)).isEqualTo(c.get("expected"))));
    }

    @Test
    void vectorsCoverEveryOutcomeAndEveryProblemAReaderReports() throws IOException {
        Set<Object> outcomes = new TreeSet<>();
        Set<Object> problems = new TreeSet<>();
        Set<Object> ids = new TreeSet<>();
        for (Map<String, Object> c : cases()) {
            assertThat(ids.add(c.get("id"))).as("unique id " + c.get("id")).isTrue();
            @SuppressWarnings("unchecked")
            Map<String, Object> expected = (Map<String, Object>) c.get("expected");
            if (expected.containsKey("outcome")) {
                outcomes.add(expected.get("outcome"));
            }
            if (expected.containsKey("problem")) {
                problems.add(expected.get("problem"));
            }
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(60);
        assertThat(outcomes).containsExactlyInAnyOrder("VALID", "INVALID_SIGNATURE", "UNKNOWN_KEY", "REVOKED_KEY",
                "MALFORMED", "UNSUPPORTED", "REVOKED", "SUPERSEDED");
        assertThat(problems).containsExactlyInAnyOrder(Stream.of(FormatProblem.values()).map(Enum::name).toArray());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> cases() throws IOException {
        List<Map<String, Object>> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(VectorGenerator.DIRECTORY)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Map<String, Object> content = JSON.std.mapFrom(Files.readString(file));
                all.addAll((List<Map<String, Object>>) content.get("cases"));
            }
        }
        return all;
    }
}
