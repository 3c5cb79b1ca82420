package vn.qrqg.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem from a filter or a security handler, where no controller advice answers, in
 * the JSON Spring MVC writes for the others (Spring's mix-in: no null members, properties at the
 * top level).
 */
public final class ProblemWriter {
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        // UTF-8 by definition (RFC 8259) and written as bytes: no charset, as Spring MVC sends it
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), ProblemLanguage.inRequestLanguage(problem));
    }
}
