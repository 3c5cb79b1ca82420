package vn.qrqg.platform.web;

import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.apache.tomcat.util.http.InvalidParameterException;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one advice on errors, for every controller: every {@link ProblemException} as it carries
 * itself (a capability writes no advice of its own), Spring MVC's own errors (an unknown path, a
 * wrong method, an unreadable body, a body too large) as RFC 9457 problem details of a stable
 * type, and anything unexpected as a 500 that says nothing about the inside. The types are all
 * in {@link ProblemType}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PlatformProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformProblems.class);

    /** No database connection in time: 503 busy, as {@link DatabaseBusy} answers it outside controllers. */
    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseBusy(Exception e) {
        return ResponseEntity.status(ProblemType.BUSY.status()).header("Retry-After", "1").body(DatabaseBusy.problem());
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception e) throws Exception {
        if (DatabaseBusy.causedBy(e)) {
            throw e; // the filter outermost answers it 503 (a cause wrapped in another exception)
        }
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // not unexpected: Spring Security answers them (401, 403 problem details)
        }
        // the cause goes to the log (never personal data in messages), not to the caller
        LOG.error("unexpected error", e);
        return ProblemType.INTERNAL_ERROR.problem(
                "The platform could not complete the request. It has been logged; try again later.");
    }

    /**
     * What {@link PrintableParameters} did not see (a header, a request outside Spring MVC's
     * handlers) but Spring Security's firewall or Tomcat's parameter parsing refused: 400, and
     * nothing of their messages, which quote the value, reaches the log or the caller.
     */
    @ExceptionHandler({RequestRejectedException.class, InvalidParameterException.class})
    ProblemDetail rejected(Exception e) {
        LOG.info("A request was refused as malformed ({})", e.getClass().getSimpleName());
        return InvalidRequest.problem("request", PrintableText.MESSAGE + ", and must be validly encoded");
    }

    /**
     * A capability's refusal, answered as it carries itself; those operators should hear of (an
     * outage, a quota reached) are logged too. Their messages carry no personal data.
     */
    @Override
    protected ResponseEntity<Object> handleErrorResponseException(ErrorResponseException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (e instanceof ProblemException problem && problem.worthAWarning()) {
            LOG.warn("Refused, {}: {}", problem.type().title(), problem.getMessage());
        }
        return super.handleErrorResponseException(e, headers, status, request);
    }

    @ExceptionHandler
    ProblemDetail bodyTooLarge(BodyTooLargeException e) {
        return bodyTooLarge(e.limit());
    }

    /**
     * A body cut off by {@link RequestBodyLimit} (413), a JSON property of the wrong type (400
     * naming it, without echoing the value), or no JSON at all (400).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(bodyTooLarge(tooLarge.limit()));
            }
            if (cause instanceof PrintableTextJson.UnprintableTextException text && !text.getPath().isEmpty()) {
                return ResponseEntity.badRequest().body(InvalidRequest.problem(field(text), PrintableText.MESSAGE));
            }
            if (cause instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
                String field = mapping.getPath().stream()
                        .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                                : String.valueOf(reference.getIndex()))
                        .collect(Collectors.joining("."));
                return ResponseEntity.badRequest().body(InvalidRequest.problem(field, "is not of the expected type"));
            }
        }
        return ResponseEntity.badRequest().body(InvalidRequest.unreadableBody());
    }

    /** A JSON path as the capabilities' own checks name fields: {@code placesVisited[0].description}. */
    private static String field(DatabindException e) {
        StringBuilder field = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /**
     * Bean validation of a request body ({@code @Valid}): every field that failed, with its
     * constraint's message, in the order of the body's record as {@link FieldErrors} names them.
     */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Object target = e.getBindingResult().getTarget();
        Comparator<String> order = target == null ? Comparator.naturalOrder() : new FieldOrder(target.getClass());
        return ResponseEntity.badRequest().body(InvalidRequest.problem(e.getBindingResult().getFieldErrors().stream()
                .map(field -> new InvalidRequest.FieldError(field.getField(), String.valueOf(field.getDefaultMessage())))
                .sorted(Comparator.comparing(InvalidRequest.FieldError::field, order))
                .toList()));
    }

    /** A path or query parameter that does not convert, e.g. a malformed UUID. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : String.valueOf(e.getPropertyName());
        String type = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        return ResponseEntity.badRequest().body(InvalidRequest.problem(field, "is not a valid " + type));
    }

    static ProblemDetail bodyTooLarge(long limit) {
        ProblemDetail problem = ProblemType.BODY_TOO_LARGE.problem(
                "The request body is larger than this endpoint accepts (" + limit + " bytes).");
        problem.setProperty("maxBytes", limit);
        return problem;
    }

    /** Spring's own problems get a stable type per status instead of {@code about:blank}. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(ProblemType.ofSpringStatus(status));
        }
        return response;
    }
}
