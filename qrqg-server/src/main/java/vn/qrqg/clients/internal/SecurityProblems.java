package vn.qrqg.clients.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.http.ProblemDetail;
import vn.qrqg.platform.web.ProblemType;
import vn.qrqg.platform.web.ProblemWriter;

/**
 * Refusals of the security filters as RFC 9457 problem details with a stable type, beside the
 * {@code WWW-Authenticate} header RFC 6750 asks for (written by Spring's bearer-token handlers).
 */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {
    private static final ProblemWriter PROBLEMS = new ProblemWriter();

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        bearerEntryPoint.commence(request, response, e); // status and WWW-Authenticate
        ProblemDetail problem;
        if (e instanceof AppNotCertifiedException notCertified) {
            problem = problem(ProblemType.APP_NOT_CERTIFIED, notCertified.getMessage(), request);
            problem.setProperty("clientId", notCertified.clientId());
            problem.setProperty("appStatus", notCertified.status() == null ? null : notCertified.status().name());
        } else if (e instanceof OAuth2AuthenticationException) {
            problem = problem(ProblemType.INVALID_TOKEN, "The access token is malformed, expired or not signed by this platform; get a new one from "
                            + "POST /oauth2/token.", request);
        } else {
            problem = problem(ProblemType.UNAUTHENTICATED, "This call needs an access token: get one from POST /oauth2/token with the client-credentials "
                            + "grant and send it as \"Authorization: Bearer <token>\".", request);
        }
        write(response, response.getStatus(), problem);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        bearerAccessDenied.handle(request, response, e); // 403 and WWW-Authenticate: insufficient_scope
        write(response, HttpStatus.FORBIDDEN.value(), problem(ProblemType.INSUFFICIENT_SCOPE,
                "The access token does not carry a scope this call needs (admin calls need scope admin); ask "
                        + "POST /oauth2/token for it, if the app holds it.", request));
    }

    private static ProblemDetail problem(ProblemType type, String detail, HttpServletRequest request) {
        ProblemDetail problem = type.problem(detail);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        return problem;
    }

    private static void write(HttpServletResponse response, int status, ProblemDetail problem) throws IOException {
        problem.setStatus(status);
        PROBLEMS.write(response, problem);
    }
}
