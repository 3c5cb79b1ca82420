package vn.qrqg.clients;

import java.net.URI;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.qrqg.platform.web.InvalidRequest;
import vn.qrqg.platform.web.Problems;

/**
 * The clients' own errors as RFC 9457 problem details with a stable type; Spring MVC's (an
 * unreadable body, a failed validation) are the platform's ({@code PlatformProblems}).
 */
@RestControllerAdvice(assignableTypes = {AppAdminController.class, CertifiedAppsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientsProblems {
    static final URI UNKNOWN_SCOPE = URI.create("https://qrqg.vn/problems/unknown-scope");
    static final URI APP_NOT_FOUND = URI.create("https://qrqg.vn/problems/app-not-found");
    static final URI APP_REVOKED = URI.create("https://qrqg.vn/problems/app-revoked");

    @ExceptionHandler
    ProblemDetail appNotFound(AppNotFoundException e) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, APP_NOT_FOUND, "App not found",
                "There is no app with id " + e.appId() + ".");
        problem.setProperty("appId", e.appId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail appRevoked(AppRevokedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, APP_REVOKED, "App revoked",
                "App " + e.appId() + " is revoked, for good: its status no longer changes. Register it anew.");
        problem.setProperty("appId", e.appId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownScope(UnknownScopeException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, UNKNOWN_SCOPE, "Unknown scope",
                "Unknown scope" + (e.unknown().size() == 1 ? " " : "s ") + String.join(", ", e.unknown())
                        + "; the scopes are " + String.join(", ", Scopes.ALL.stream().sorted().toList()) + ".");
        problem.setProperty("unknownScopes", e.unknown());
        problem.setProperty("errors", List.of(new InvalidRequest.FieldError("scopes",
                "unknown: " + String.join(", ", e.unknown()))));
        return problem;
    }
}
