package vn.qrqg.issuance.citizens;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.qrqg.platform.web.Problems;

/**
 * Errors of citizen QR issuance as RFC 9457 problem details, each with a stable type, for
 * whichever controller lets them through (the API's, and the portal's, which calls issuance).
 * The code problems share their types with the venues' registration: the same thing went wrong.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CitizensProblems {
    static final URI UNKNOWN_DECLARER = URI.create("https://qrqg.vn/problems/unknown-declarer");
    static final URI PROOF_REQUIRED = URI.create("https://qrqg.vn/problems/proof-required");
    static final URI NOT_IN_HOUSEHOLD = URI.create("https://qrqg.vn/problems/not-in-household");
    static final URI TOO_MANY_DECLARATIONS = URI.create("https://qrqg.vn/problems/too-many-declarations");
    static final URI TOO_MANY_CODES = URI.create("https://qrqg.vn/problems/too-many-codes");
    static final URI IN_PERSON_QUOTA = URI.create("https://qrqg.vn/problems/in-person-quota-exceeded");
    static final URI CHALLENGE_NOT_FOUND = URI.create("https://qrqg.vn/problems/challenge-not-found");
    static final URI WRONG_CODE = URI.create("https://qrqg.vn/problems/wrong-code");
    static final URI CODE_EXPIRED = URI.create("https://qrqg.vn/problems/code-expired");
    static final URI TOO_MANY_ATTEMPTS = URI.create("https://qrqg.vn/problems/too-many-attempts");

    @ExceptionHandler
    ProblemDetail unknownDeclarer(UnknownDeclarerException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, UNKNOWN_DECLARER, "Unknown declarer",
                "No citizen holds the declaredBy QID: a declarer must hold a QID.");
        problem.setProperty("field", "declaredBy");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail proofRequired(ProofRequiredException e) {
        String detail = e.routes().contains(ProofRequiredException.HOUSEHOLD)
                ? "The population registry holds no mobile number to send this person a code. A member of their "
                        + "household can declare them (declaredBy and their own holder token), or an official can "
                        + "issue their QR in person at the commune police or a health station, with their document."
                : "The population registry holds no mobile number to send this person a code. Their QR can be "
                        + "issued in person at the commune police or a health station, with their document.";
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, PROOF_REQUIRED,
                "The person cannot be proven here", detail);
        problem.setProperty("routes", e.routes());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notInHousehold(NotInHouseholdException e) {
        return Problems.of(HttpStatus.FORBIDDEN, NOT_IN_HOUSEHOLD, "Not in the person's household",
                "The population registry does not record the declarer (declaredBy) in this person's household; "
                        + "only a member of their household may declare for them.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> limitReached(IssuanceLimitException e) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        long minutes = (seconds + 59) / 60;
        String wait = minutes + " minute" + (minutes == 1 ? "" : "s");
        ProblemDetail problem = switch (e.limit()) {
            case FAILED_DECLARATIONS -> Problems.of(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY_DECLARATIONS,
                    "Too many declarations that did not match",
                    "Too many declarations of this document number, or from this app, did not match the population "
                            + "registry in the last hour; try again in " + wait + ".");
            case CODES -> Problems.of(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY_CODES, "Too many codes",
                    "This person was sent as many codes as an hour allows; use the last code sent, or try again in "
                            + wait + ".");
            case IN_PERSON -> Problems.of(HttpStatus.TOO_MANY_REQUESTS, IN_PERSON_QUOTA, "In-person quota reached",
                    "This credential issued as many QRs in person as an hour allows; try again in " + wait + ".");
        };
        problem.setProperty("retryAfterSeconds", seconds);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail challengeRefused(ChallengeRefusedException e) {
        if (e.outcome() == null) {
            return Problems.of(HttpStatus.NOT_FOUND, CHALLENGE_NOT_FOUND, "Challenge not found",
                    "This app started no pending challenge with this id (a challenge is completed once, by the app "
                            + "that started it, within a day). Ask for the QR again for a new code.");
        }
        return switch (e.outcome()) {
            case WRONG_CODE -> {
                ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, WRONG_CODE, "Wrong code",
                        "This is not the code sent by SMS; " + e.attemptsLeft() + " more attempt"
                                + (e.attemptsLeft() == 1 ? "" : "s") + " before it is void.");
                problem.setProperty("attemptsLeft", e.attemptsLeft());
                yield problem;
            }
            case CODE_EXPIRED -> Problems.of(HttpStatus.GONE, CODE_EXPIRED, "Code expired",
                    "The code sent by SMS has expired; ask for the QR again for a new code.");
            case TOO_MANY_ATTEMPTS, ACCEPTED -> Problems.of(HttpStatus.GONE, TOO_MANY_ATTEMPTS, "Too many attempts",
                    "Too many wrong codes: this code is void; ask for the QR again for a new code.");
        };
    }
}
