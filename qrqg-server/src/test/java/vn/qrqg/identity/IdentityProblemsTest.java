package vn.qrqg.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class IdentityProblemsTest {
    private final IdentityProblems problems = new IdentityProblems();

    @Test
    void aMismatchIs422NamingTheFields() {
        ProblemDetail problem = problems.declarationMismatch(new DeclarationMismatchException(List.of("fullName", "dateOfBirth")));
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getType()).hasToString("https://qrqg.vn/problems/declaration-mismatch");
        assertThat(problem.getDetail()).isEqualTo("The declaration does not match the population registry in: fullName, dateOfBirth.");
        assertThat(problem.getProperties()).containsEntry("mismatchedFields", List.of("fullName", "dateOfBirth"));
    }

    @Test
    void anUnavailableRegistryIs503WithoutItsInternals() {
        ProblemDetail problem = problems.registryUnavailable(new RegistryUnavailableException("the population registry answered HTTP 502"));
        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getType()).hasToString("https://qrqg.vn/problems/registry-unavailable");
        assertThat(problem.getDetail()).doesNotContain("502");
    }

    @Test
    void aFileThatCannotBeImportedIs400WithTheReason() {
        ProblemDetail problem = problems.registryImportRejected(new RegistryImportException("the header lacks the mandatory column gender"));
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).hasToString("https://qrqg.vn/problems/registry-import-rejected");
        assertThat(problem.getDetail()).isEqualTo("the header lacks the mandatory column gender");
    }
}
