package vn.qrqg.portal.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.ResourceAccessException;
import vn.qrqg.platform.web.ProblemType;

/**
 * What the portal's loopback calls to the API bring back: the API's refusals, forwarded
 * unchanged, and its silence. The portal's own refusals carry their problems
 * ({@link vn.qrqg.platform.web.ProblemException}), answered by the platform's one advice.
 */
@RestControllerAdvice(basePackages = "vn.qrqg.portal")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalProblems {
    private static final Logger LOG = LoggerFactory.getLogger(PortalProblems.class);

    @ExceptionHandler
    ResponseEntity<byte[]> apiRefused(ApiRefusedException e) {
        return Forwarded.of(e.answer());
    }

    @ExceptionHandler
    ProblemDetail unreachable(ResourceAccessException e) {
        LOG.warn("Portal: the platform's API did not answer: {}", e.getClass().getSimpleName());
        return ProblemType.PORTAL_UNAVAILABLE.problem(PortalExceptions.PortalUnavailableException.DETAIL);
    }
}
