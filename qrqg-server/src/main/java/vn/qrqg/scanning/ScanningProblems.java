package vn.qrqg.scanning;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The scan endpoint's errors as RFC 9457 problem details. A scan that resolves (even MALFORMED or
 * UNSUPPORTED) is an answer, not an error: only a request without text is refused.
 */
@RestControllerAdvice(assignableTypes = ScanController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScanningProblems {
    static final URI INVALID_REQUEST = URI.create("https://qrqg.vn/problems/invalid-request");

    @ExceptionHandler
    ProblemDetail missingText(MissingScanTextException e) {
        return invalid("text is required: the text the scanner read, as a JSON string");
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return invalid("the body must be JSON {\"text\": \"…\"} with text a string");
    }

    private static ProblemDetail invalid(String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request: " + message
                + ".");
        problem.setType(INVALID_REQUEST);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", "text", "message", message)));
        return problem;
    }
}
