package vn.qrqg.scanning;

import java.net.URI;
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

/**
 * Scanning's refusals as RFC 9457 problem details, for whichever controller scans through
 * {@link Scans}: scans, staff check-ins and batches, staff declarations.
 */
@RestControllerAdvice
@Order(0)
class ScanningProblems {
    private static final Logger LOG = LoggerFactory.getLogger(ScanningProblems.class);
    static final URI SCAN_QUOTA_EXCEEDED = URI.create("https://qrqg.vn/problems/scan-quota-exceeded");

    @ExceptionHandler
    ResponseEntity<ProblemDetail> quotaExceeded(ScanQuotaExceededException e) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        LOG.warn("A scan was refused: {}", e.getMessage()); // the client is in the flag, never a person here
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, SCAN_QUOTA_EXCEEDED, "Scan quota exceeded",
                "This scanner credential has scanned " + e.peoplePerHour() + " different people this hour, as many as "
                        + "it may; it can scan the people it scanned this hour again, anyone else in " + seconds
                        + " s, when the hour ends. Nothing was looked up or recorded (a batch: none of its events); "
                        + "the platform's operators have been told.");
        problem.setProperty("peoplePerHour", e.peoplePerHour());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem);
    }
}
