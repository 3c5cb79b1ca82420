package vn.qrqg.venues.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.http.ProblemDetail;
import vn.qrqg.platform.web.ProblemType;
import vn.qrqg.platform.web.ProblemWriter;

/**
 * Refusals on the staff endpoints as RFC 9457 problem details: no owner token (401), one that
 * is no venue's (401, with {@code WWW-Authenticate} as RFC 6750 has it), another venue's (403).
 */
class OwnerTokenProblems implements AuthenticationEntryPoint, AccessDeniedHandler {
    private static final ProblemWriter PROBLEMS = new ProblemWriter();

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        bearerEntryPoint.commence(request, response, e); // 401 and WWW-Authenticate
        if (e instanceof OAuth2AuthenticationException) {
            write(request, response, ProblemType.INVALID_OWNER_TOKEN, ProblemType.INVALID_OWNER_TOKEN.title(),
                    "This is not the owner token of a venue. It was given once, when the registration was confirmed.");
        } else {
            // the type apps know for a missing token, titled for the token this call needs
            write(request, response, ProblemType.UNAUTHENTICATED, "Owner token required",
                    "This call needs the venue's owner token, given when its registration was confirmed, as "
                            + "\"Authorization: Bearer <ownerToken>\".");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, ProblemType.NOT_VENUE_OWNER, ProblemType.NOT_VENUE_OWNER.title(),
                "The owner token is another venue's: an owner acts on their own venue only.");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, ProblemType type,
            String title, String detail) throws IOException {
        ProblemDetail problem = type.problem(detail);
        problem.setTitle(title);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        PROBLEMS.write(response, problem);
    }
}
