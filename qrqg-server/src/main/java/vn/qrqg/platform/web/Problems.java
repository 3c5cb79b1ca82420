package vn.qrqg.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

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
}
