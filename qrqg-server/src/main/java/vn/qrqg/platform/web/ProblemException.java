package vn.qrqg.platform.web;

import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal that carries its own RFC 9457 answer: its {@link ProblemType}, the detail for the
 * caller, and the properties and headers the case needs. Spring MVC answers it as it is
 * ({@code PlatformProblems}), so a capability writes no advice of its own. The message is for
 * the log and, like the detail, never holds personal data.
 */
public abstract class ProblemException extends ErrorResponseException {
    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final String message;

    protected ProblemException(ProblemType type, String detail, String message) {
        this(type, detail, message, null);
    }

    protected ProblemException(ProblemType type, String detail, String message, Throwable cause) {
        super(type.status(), type.problem(detail), cause);
        this.type = type;
        this.message = message;
    }

    public ProblemType type() {
        return type;
    }

    /** Whether operators hear of it (a warning in the log): an outage, a quota reached. */
    public boolean worthAWarning() {
        return false;
    }

    /** A member of the problem, beside type, title, status and detail, for programs. */
    protected final void property(String name, Object value) {
        getBody().setProperty(name, value);
    }

    /** {@code Retry-After}, in seconds. */
    protected final void retryAfter(long seconds) {
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    /** What happened, for the log; Spring's own message would quote the whole problem. */
    @Override
    public String getMessage() {
        return message;
    }
}
