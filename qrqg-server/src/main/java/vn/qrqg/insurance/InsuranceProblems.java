package vn.qrqg.insurance;

import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.qrqg.platform.web.Problems;

/** The insurance capability's errors as RFC 9457 problem details, for whichever controller lets them through. */
@RestControllerAdvice
@Order(0)
class InsuranceProblems {
    static final URI INSURANCE_MISMATCH = URI.create("https://qrqg.vn/problems/insurance-mismatch");
    static final URI INSURANCE_UNAVAILABLE = URI.create("https://qrqg.vn/problems/insurance-unavailable");
    /** An outage of another ministry's service: worth a retry in half a minute, not at once. */
    static final String RETRY_AFTER_SECONDS = "30";
    private static final Logger LOG = LoggerFactory.getLogger(InsuranceProblems.class);

    @ExceptionHandler
    ProblemDetail mismatch(InsuranceMismatchException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, INSURANCE_MISMATCH,
                "Health-insurance number not confirmed", e.fromRegistry()
                        ? "Social insurance holds no health-insurance card of this person valid today: leave "
                                + "insuranceNumber out, or declare the number of a valid card."
                        : "insuranceNumber is not a health-insurance card of this person valid today, as social "
                                + "insurance records it.");
        problem.setProperty("mismatchedFields", List.of(InsuranceMismatchException.FIELD));
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(InsuranceUnavailableException e) {
        LOG.warn("Social insurance unavailable: {}", e.getMessage()); // its messages carry no personal data
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, INSURANCE_UNAVAILABLE, "Social insurance unavailable",
                        "Social insurance cannot confirm the health-insurance number now; try again later, or "
                                + "leave insuranceNumber out to be issued a QR without one."));
    }
}
