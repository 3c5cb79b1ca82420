package vn.qrqg.clients;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The clients' errors, and Spring MVC's for their controllers, as RFC 9457 problem details with
 * a stable type. A 400 lists its fields in {@code errors: [{field, message}]}.
 */
@RestControllerAdvice(assignableTypes = {AppAdminController.class, CertifiedAppsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientsProblems extends ResponseEntityExceptionHandler {
    static final URI INVALID_REQUEST = URI.create("https://qrqg.vn/problems/invalid-request");
    static final URI UNKNOWN_SCOPE = URI.create("https://qrqg.vn/problems/unknown-scope");
    static final URI APP_NOT_FOUND = URI.create("https://qrqg.vn/problems/app-not-found");
    static final URI APP_REVOKED = URI.create("https://qrqg.vn/problems/app-revoked");

    @ExceptionHandler
    ProblemDetail appNotFound(AppNotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, APP_NOT_FOUND, "App not found",
                "There is no app with id " + e.appId() + ".");
        problem.setProperty("appId", e.appId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail appRevoked(AppRevokedException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, APP_REVOKED, "App revoked",
                "App " + e.appId() + " is revoked, for good: its status no longer changes. Register it anew.");
        problem.setProperty("appId", e.appId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownScope(UnknownScopeException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, UNKNOWN_SCOPE, "Unknown scope",
                "Unknown scope" + (e.unknown().size() == 1 ? " " : "s ") + String.join(", ", e.unknown())
                        + "; the scopes are " + String.join(", ", Scopes.ALL.stream().sorted().toList()) + ".");
        problem.setProperty("unknownScopes", e.unknown());
        problem.setProperty("errors", List.of(error("scopes", "unknown: " + String.join(", ", e.unknown()))));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidField(InvalidFieldException e) {
        return invalid(List.of(error(e.field(), e.getMessage())));
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(error(e.getName(), "is not a valid " + (e.getRequiredType() == null ? "value"
                : e.getRequiredType().getSimpleName()))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(field -> error(field.getField(), String.valueOf(field.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request",
                "The request body is not JSON of the expected shape.");
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail invalid(List<Map<String, String>> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request",
                "Invalid request: " + String.join("; ", errors.stream()
                        .map(error -> error.get("field") + " " + error.get("message")).toList()) + ".");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
