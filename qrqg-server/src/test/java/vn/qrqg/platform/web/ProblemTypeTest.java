package vn.qrqg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/**
 * The catalogue of problem types: one URI each, and docs/api.md lists exactly them. When the
 * enum changes, this test rewrites the table in docs/api.md and fails once, so that the change
 * is reviewed and committed with it.
 */
class ProblemTypeTest {
    private static final Path API_MD = Path.of("..", "docs", "api.md");
    private static final String BEGIN = "<!-- problem-types: generated from ProblemType by ProblemTypeTest, do not edit by hand -->\n";
    private static final String END = "<!-- /problem-types -->";

    @Test
    void everyTypeHasItsOwnUriUnderTheProblemsPath() {
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri)).doesNotHaveDuplicates()
                .allSatisfy(uri -> assertThat(uri.toString()).matches("https://qrqg\\.vn/problems/[a-z0-9-]+"));
    }

    @Test
    void aProblemCarriesItsTypeStatusAndTitle() {
        ProblemDetail problem = ProblemType.VENUE_NOT_FOUND.problem("There is no venue X.");

        assertThat(problem.getType()).hasToString("https://qrqg.vn/problems/venue-not-found");
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getTitle()).isEqualTo("Venue not found");
        assertThat(problem.getDetail()).isEqualTo("There is no venue X.");
    }

    @Test
    void theOpenApiDocumentListsEveryType() {
        OpenAPI api = new OpenAPI();
        ProblemCatalogue.describe(api);

        assertThat(api.getComponents().getSchemas().get(ProblemCatalogue.SCHEMA).getEnum())
                .hasSize(ProblemType.values().length).contains("https://qrqg.vn/problems/scan-quota-exceeded");
        assertThat(api.getExtensions()).containsKey(ProblemCatalogue.EXTENSION);
    }

    @Test
    void docsApiMdListsEveryTypeAsTheEnumHasIt() throws IOException {
        String doc = Files.readString(API_MD, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("docs/api.md has the problem-types markers").isNotNegative();
        assertThat(end).isGreaterThan(begin);
        String listed = doc.substring(begin + BEGIN.length(), end);
        String expected = ProblemCatalogue.markdownTable();
        if (!listed.equals(expected)) {
            Files.writeString(API_MD, doc.substring(0, begin + BEGIN.length()) + expected + doc.substring(end),
                    StandardCharsets.UTF_8);
        }
        assertThat(listed).as("docs/api.md was out of date and has been rewritten from ProblemType: review it, "
                + "commit it, run again").isEqualTo(expected);
    }
}
