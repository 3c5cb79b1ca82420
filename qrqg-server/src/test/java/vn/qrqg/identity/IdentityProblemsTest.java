package vn.qrqg.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** The identity capability's exceptions carry their problems (answered as they are by the platform's advice). */
class IdentityProblemsTest {

    @Test
    void aMismatchIs422NamingTheFields() {
        ProblemDetail problem = new DeclarationMismatchException(List.of("fullName", "dateOfBirth")).getBody();
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getType()).hasToString("https://qrqg.vn/problems/declaration-mismatch");
        assertThat(problem.getDetail()).isEqualTo("The declaration does not match the population registry in: fullName, dateOfBirth.");
        assertThat(problem.getProperties()).containsEntry("mismatchedFields", List.of("fullName", "dateOfBirth"));
    }

    @Test
    void anUnavailableRegistryIs503WithoutItsInternals() {
        ProblemDetail problem = new RegistryUnavailableException("the population registry answered HTTP 502").getBody();
        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getType()).hasToString("https://qrqg.vn/problems/registry-unavailable");
        assertThat(problem.getDetail()).doesNotContain("502");
    }

    @Test
    void aFileThatCannotBeImportedIs400WithTheReason() {
        ProblemDetail problem = new RegistryImportException("the header lacks the mandatory column gender").getBody();
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).hasToString("https://qrqg.vn/problems/registry-import-rejected");
        assertThat(problem.getDetail()).isEqualTo("the header lacks the mandatory column gender");
    }
}
