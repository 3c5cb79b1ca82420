package vn.qrqg.issuance;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The issuance capability's errors as RFC 9457 problem details, each with a stable type. */
@RestControllerAdvice(basePackageClasses = IssuanceProblems.class)
class IssuanceProblems {
    static final URI SIGNING_KEY_NOT_FOUND = URI.create("https://qrqg.vn/problems/signing-key-not-found");

    @ExceptionHandler
    ProblemDetail signingKeyNotFound(SigningKeyNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no signing key with kid \"" + e.kid() + "\".");
        problem.setType(SIGNING_KEY_NOT_FOUND);
        problem.setTitle("Signing key not found");
        problem.setProperty("kid", e.kid());
        return problem;
    }
}
