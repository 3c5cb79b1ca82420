package vn.qrqg.platform.web;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ProblemDetail;

/**
 * The one shape of a 400 for a request the platform cannot take: type
 * {@link ProblemType#INVALID_REQUEST}, a detail that names every field, and
 * {@code errors: [{field, message}]} for programs. Messages never echo what was sent.
 */
public final class InvalidRequest {

    /** What is wrong with one field of the request (a JSON property, a path or query parameter). */
    public record FieldError(String field, String message) {
    }

    private InvalidRequest() {
    }

    public static ProblemDetail problem(String field, String message) {
        return problem(List.of(new FieldError(field, message)));
    }

    public static ProblemDetail problem(List<FieldError> errors) {
        ProblemDetail problem = ProblemType.INVALID_REQUEST.problem(detail(errors));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** "Invalid request: " and each field with its message. */
    static String detail(List<FieldError> errors) {
        return detail("Invalid request: ", errors);
    }

    /** {@code lead} and each field with its message, in the words of {@code lead}'s language. */
    static String detail(String lead, List<FieldError> errors) {
        return lead + errors.stream().map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; ")) + ".";
    }

    /** A body that is no JSON, or JSON of another shape, where no one field is to blame. */
    static ProblemDetail unreadableBody() {
        ProblemDetail problem = ProblemType.INVALID_REQUEST.problem("The request body is not JSON of the expected shape.");
        problem.setProperty("errors", List.of());
        return problem;
    }
}
