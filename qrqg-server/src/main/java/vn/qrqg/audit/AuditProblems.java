package vn.qrqg.audit;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.qrqg.platform.web.Problems;

/**
 * The audit's errors as RFC 9457 problem details, for whichever controller lets them through:
 * every capability that reads personal data records it here first.
 */
@RestControllerAdvice
@Order(0)
class AuditProblems {
    private static final Logger LOG = LoggerFactory.getLogger(AuditProblems.class);
    static final URI AUDIT_UNAVAILABLE = URI.create("https://qrqg.vn/problems/audit-unavailable");

    /** The read was not answered because its audit could not be committed. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> auditUnavailable(AuditUnavailableException e) {
        LOG.warn("A read was refused: {}", e.getMessage()); // the messages carry no personal data
        return Problems.tryAgain(AUDIT_UNAVAILABLE, "Audit unavailable",
                "The platform could not record this read in its audit, so it does not answer it; try again.");
    }
}
