package vn.qrqg.health;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The health capability's errors as RFC 9457 problem details, each with a stable type.
 * Also for the portal's health pages (a class-name prefix), which call this capability in-process, until one
 * advice answers for every controller.
 */
@RestControllerAdvice(basePackages = {"vn.qrqg.health", "vn.qrqg.portal.internal.PersonHealthController"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class HealthProblems {
    static final URI UNKNOWN_PERSON = URI.create("https://qrqg.vn/problems/unknown-person");
    static final URI RECORD_CONFLICT = URI.create("https://qrqg.vn/problems/health-record-conflict");
    static final URI UNKNOWN_PROVINCE = URI.create("https://qrqg.vn/problems/unknown-province");

    @ExceptionHandler
    ProblemDetail unknownPerson(UnknownPersonException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The " + e.field() + " names nobody in the population registry.");
        problem.setType(UNKNOWN_PERSON);
        problem.setTitle("Unknown person");
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(HealthRecordConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "A record with this sourceId exists with other content or of another person; a correction needs a new "
                        + "sourceId.");
        problem.setType(RECORD_CONFLICT);
        problem.setTitle("Health record conflict");
        problem.setProperty("field", "sourceId");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownProvince(UnknownProvinceException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No province of the current (2025) structure has this code: two digits, e.g. 56 for Khánh Hòa.");
        problem.setType(UNKNOWN_PROVINCE);
        problem.setTitle("Unknown province");
        return problem;
    }
}
