package vn.qrqg.checkins;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.qrqg.scanning.ScanAnswer;
import vn.qrqg.venues.VenueNotFoundException;
import vn.qrqg.platform.web.Problems;

/**
 * The check-ins' refusals as RFC 9457 problem details, each with a stable type; nothing was recorded.
 * Also for the portal's check-ins (a class-name prefix), which call this capability in-process, until one
 * advice answers for every controller.
 */
@RestControllerAdvice(basePackages = {"vn.qrqg.checkins", "vn.qrqg.portal.internal.PersonCheckInsController"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CheckInsProblems {
    static final URI VENUE_NOT_FOUND = URI.create("https://qrqg.vn/problems/venue-not-found");
    static final URI VENUE_SUSPENDED = URI.create("https://qrqg.vn/problems/venue-suspended");
    static final URI QR_NOT_ACCEPTED = URI.create("https://qrqg.vn/problems/qr-not-accepted");
    static final URI NOT_THIS_VENUE = URI.create("https://qrqg.vn/problems/not-this-venue");

    @ExceptionHandler
    ProblemDetail venueNotFound(VenueNotFoundException e) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, VENUE_NOT_FOUND, "Venue not found",
                "There is no venue " + e.code().value() + "; nothing was recorded.");
        problem.setProperty("venueCode", e.code().value());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail venueSuspended(VenueSuspendedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, VENUE_SUSPENDED, "Venue suspended",
                "The venue " + e.code().value() + " is suspended by the platform's operators and takes no "
                        + "check-ins; nothing was recorded.");
        problem.setProperty("venueCode", e.code().value());
        return problem;
    }

    /** The scan's outcome, and for a malformed text its field and reason, as {@code POST /api/v1/scans} gives them. */
    @ExceptionHandler
    ProblemDetail qrNotAccepted(QrNotAcceptedException e) {
        ScanAnswer answer = e.answer();
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, QR_NOT_ACCEPTED, "QR not accepted",
                "The scan identified nobody to check in (outcome " + answer.outcome() + "): only a VALID or "
                        + "SUPERSEDED personal QR, or a CCCD card of someone in the registry, checks in. Nothing was "
                        + "recorded.");
        problem.setProperty("outcome", answer.outcome().name());
        problem.setProperty("format", answer.format().name());
        if (answer.field() != null) {
            problem.setProperty("field", answer.field());
            problem.setProperty("problem", answer.problem());
        }
        if (answer.reason() != null) {
            problem.setProperty("reason", answer.reason());
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notThisVenue(NotThisVenueException e) {
        return Problems.of(HttpStatus.FORBIDDEN, NOT_THIS_VENUE, "Not this venue", e.getMessage());
    }
}
