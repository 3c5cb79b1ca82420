package vn.qrqg.issuance.citizens;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of citizen QR issuance as RFC 9457 problem details, each with a stable type. */
@RestControllerAdvice(assignableTypes = {CitizenQrController.class, OwnQrController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CitizensProblems {
    static final URI UNKNOWN_DECLARER = URI.create("https://qrqg.vn/problems/unknown-declarer");

    @ExceptionHandler
    ProblemDetail unknownDeclarer(UnknownDeclarerException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "No citizen holds the declaredBy QID: a declarer must hold a QID.");
        problem.setType(UNKNOWN_DECLARER);
        problem.setTitle("Unknown declarer");
        problem.setProperty("field", "declaredBy");
        return problem;
    }
}
