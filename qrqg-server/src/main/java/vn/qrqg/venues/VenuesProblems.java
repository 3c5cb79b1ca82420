package vn.qrqg.venues;

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
 * The venues' errors as RFC 9457 problem details, each with a stable type.
 * Also for the portal's venue facts (a class-name prefix), which call this capability in-process, until one
 * advice answers for every controller.
 */
@RestControllerAdvice(basePackages = {"vn.qrqg.venues", "vn.qrqg.portal.internal.VenueFactsController"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class VenuesProblems {
    static final URI VENUE_NOT_FOUND = URI.create("https://qrqg.vn/problems/venue-not-found");
    static final URI REGISTRATION_NOT_FOUND = URI.create("https://qrqg.vn/problems/registration-not-found");
    static final URI WRONG_CODE = URI.create("https://qrqg.vn/problems/wrong-code");
    static final URI CODE_EXPIRED = URI.create("https://qrqg.vn/problems/code-expired");
    static final URI TOO_MANY_ATTEMPTS = URI.create("https://qrqg.vn/problems/too-many-attempts");
    static final URI REGISTRATION_CONFIRMED = URI.create("https://qrqg.vn/problems/registration-confirmed");
    static final URI TOO_MANY_REGISTRATIONS = URI.create("https://qrqg.vn/problems/too-many-registrations");
    static final URI STAFF_NOT_FOUND = URI.create("https://qrqg.vn/problems/staff-not-found");
    static final URI TOO_MANY_STAFF = URI.create("https://qrqg.vn/problems/too-many-staff");

    @ExceptionHandler
    ProblemDetail venueNotFound(VenueNotFoundException e) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, VENUE_NOT_FOUND, "Venue not found",
                "There is no venue " + e.code().value() + ".");
        problem.setProperty("venueCode", e.code().value());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail registrationNotFound(RegistrationNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, REGISTRATION_NOT_FOUND, "Registration not found",
                "There is no venue registration " + e.registrationId() + " (registrations are kept for a day).");
    }

    @ExceptionHandler
    ProblemDetail confirmationRefused(ConfirmationRefusedException e) {
        return switch (e.reason()) {
            case WRONG_CODE -> {
                ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, WRONG_CODE, "Wrong code",
                        "This is not the code sent by SMS; " + e.attemptsLeft() + " more attempt"
                                + (e.attemptsLeft() == 1 ? "" : "s") + " before the registration is closed.");
                problem.setProperty("attemptsLeft", e.attemptsLeft());
                yield problem;
            }
            case CODE_EXPIRED -> Problems.of(HttpStatus.GONE, CODE_EXPIRED, "Code expired",
                    "The code sent by SMS has expired; register the venue again for a new one.");
            case TOO_MANY_ATTEMPTS -> Problems.of(HttpStatus.GONE, TOO_MANY_ATTEMPTS, "Too many attempts",
                    "Too many wrong codes: this registration is closed; register the venue again for a new code.");
            case ALREADY_CONFIRMED -> Problems.of(HttpStatus.CONFLICT, REGISTRATION_CONFIRMED, "Registration confirmed already",
                    "This registration was confirmed already; its venue code and owner token were given then.");
        };
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooManyRegistrations(TooManyRegistrationsException e) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY_REGISTRATIONS, "Too many registrations",
                "This mobile number started as many venue registrations as an hour allows; retry in " + seconds + " s.");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail staffNotFound(StaffNotFoundException e) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, STAFF_NOT_FOUND, "Staff member not found",
                "The venue has no staff member " + e.staffId() + ".");
        problem.setProperty("staffId", e.staffId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail tooManyStaff(TooManyStaffException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, TOO_MANY_STAFF, "Too many staff",
                "A venue holds at most " + e.max() + " staff scanners; remove one first.");
        problem.setProperty("max", e.max());
        return problem;
    }
}
