package vn.qrqg.platform.web;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem details with the platform's stable {@code type}, for every capability's advice. */
public final class Problems {

    private Problems() {
    }

    /** A problem of this status and stable type; add properties to it as the case needs. */
    public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** A 503 of this stable type that tells the caller to try again in a second ({@code Retry-After: 1}). */
    public static ResponseEntity<ProblemDetail> tryAgain(URI type, String title, String detail) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(of(HttpStatus.SERVICE_UNAVAILABLE, type, title, detail));
    }
}
