package vn.qrqg.platform.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The one shape of a 400 for a request the platform cannot take: type
 * {@code https://qrqg.vn/problems/invalid-request}, a detail that names every field, and
 * {@code errors: [{field, message}]} for programs. Messages never echo what was sent.
 */
public final class InvalidRequest {
    public static final URI TYPE = URI.create("https://qrqg.vn/problems/invalid-request");

    /** What is wrong with one field of the request (a JSON property, a path or query parameter). */
    public record FieldError(String field, String message) {
    }

    private InvalidRequest() {
    }

    public static ProblemDetail problem(String field, String message) {
        return problem(List.of(new FieldError(field, message)));
    }

    public static ProblemDetail problem(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request: "
                + errors.stream().map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; "))
                + ".");
        problem.setType(TYPE);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A body that is no JSON, or JSON of another shape, where no one field is to blame. */
    static ProblemDetail unreadableBody() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not JSON of the expected shape.");
        problem.setType(TYPE);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of());
        return problem;
    }
}
