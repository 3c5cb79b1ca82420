package vn.qrqg.audit;

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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The platform could not record this read in its audit, so it does not answer it; try again.");
        problem.setType(AUDIT_UNAVAILABLE);
        problem.setTitle("Audit unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }
}
