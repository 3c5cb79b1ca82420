package vn.qrqg.portal.internal;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.ResourceAccessException;
import vn.qrqg.platform.web.Problems;

/** The portal's errors as RFC 9457 problem details; the API's, forwarded unchanged. */
@RestControllerAdvice(basePackages = "vn.qrqg.portal")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalProblems {
    static final URI NOT_SIGNED_IN = URI.create("https://qrqg.vn/problems/not-signed-in");
    static final URI INVALID_CODE = URI.create("https://qrqg.vn/problems/invalid-code");
    static final URI TOO_MANY_CODES = URI.create("https://qrqg.vn/problems/too-many-codes");
    static final URI NOT_YOUR_PERSON = URI.create("https://qrqg.vn/problems/not-your-person");
    static final URI SELF_DECLARED = URI.create("https://qrqg.vn/problems/self-declared");
    static final URI PORTAL_UNAVAILABLE = URI.create("https://qrqg.vn/problems/portal-unavailable");
    static final URI PORTAL_HEADER_REQUIRED = URI.create("https://qrqg.vn/problems/portal-header-required");
    private static final Logger LOG = LoggerFactory.getLogger(PortalProblems.class);

    @ExceptionHandler
    ProblemDetail signInRefused(SignInRefusedException e) {
        String detail = switch (e.reason()) {
            case "WRONG_CODE" -> "This is not the code sent by SMS; " + e.attemptsLeft() + " more attempt"
                    + (e.attemptsLeft() == 1 ? "" : "s") + " before it is void.";
            case "TOO_MANY_ATTEMPTS" -> "Too many wrong codes: this code is void. Ask for a new code.";
            case "CODE_EXPIRED" -> "The code sent by SMS has expired. Ask for a new code.";
            default -> "No code is waiting for this mobile number. Ask for a code first.";
        };
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, INVALID_CODE, "Invalid code", detail);
        problem.setProperty("reason", e.reason());
        problem.setProperty("attemptsLeft", e.attemptsLeft());
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooManyCodes(TooManyCodesException e) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        long minutes = (seconds + 59) / 60;
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY_CODES, "Too many codes",
                "This mobile number was sent as many sign-in codes as an hour allows; try again in " + minutes
                        + " minute" + (minutes == 1 ? "" : "s") + ", or use the last code sent.");
        problem.setProperty("retryAfterSeconds", seconds);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail notYourPerson(PortalExceptions.NotYourPersonException e) {
        return Problems.of(HttpStatus.NOT_FOUND, NOT_YOUR_PERSON, "Not your person",
                "This account has declared nobody with this QID. Declare the person first.");
    }

    @ExceptionHandler
    ProblemDetail selfDeclared(PortalExceptions.SelfDeclaredException e) {
        return Problems.of(HttpStatus.CONFLICT, SELF_DECLARED, "Another person is declared as yourself",
                "This account already has another person as SELF; declare this person as a DEPENDANT, or sign in "
                        + "with their own mobile number.");
    }

    @ExceptionHandler
    ProblemDetail unavailable(PortalExceptions.PortalUnavailableException e) {
        LOG.warn("Portal: the platform's API is unavailable: {}", e.getMessage());
        return unavailable();
    }

    @ExceptionHandler
    ProblemDetail unreachable(ResourceAccessException e) {
        LOG.warn("Portal: the platform's API did not answer: {}", e.getClass().getSimpleName());
        return unavailable();
    }

    private static ProblemDetail unavailable() {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, PORTAL_UNAVAILABLE, "Portal unavailable",
                "The portal could not reach the platform just now; try again in a minute.");
    }
}
