package vn.qrqg.identity;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The identity capability's errors as RFC 9457 problem details, each with a stable type, for
 * whichever controller lets them through (issuance calls verification).
 */
@RestControllerAdvice
@Order(0)
class IdentityProblems {
    private static final Logger LOG = LoggerFactory.getLogger(IdentityProblems.class);
    static final URI DECLARATION_MISMATCH = URI.create("https://qrqg.vn/problems/declaration-mismatch");
    static final URI REGISTRY_UNAVAILABLE = URI.create("https://qrqg.vn/problems/registry-unavailable");
    static final URI REGISTRY_IMPORT_REJECTED = URI.create("https://qrqg.vn/problems/registry-import-rejected");

    @ExceptionHandler
    ProblemDetail declarationMismatch(DeclarationMismatchException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The declaration does not match the population registry in: "
                        + String.join(", ", e.mismatchedFields()) + ".");
        problem.setType(DECLARATION_MISMATCH);
        problem.setTitle("Declaration does not match the population registry");
        problem.setProperty("mismatchedFields", e.mismatchedFields());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail registryUnavailable(RegistryUnavailableException e) {
        LOG.warn("Population registry unavailable: {}", e.getMessage()); // its messages carry no personal data
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The population registry cannot answer now; try again later.");
        problem.setType(REGISTRY_UNAVAILABLE);
        problem.setTitle("Population registry unavailable");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail registryImportRejected(RegistryImportException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(REGISTRY_IMPORT_REJECTED);
        problem.setTitle("Registry import file rejected");
        return problem;
    }
}
