package vn.qrqg.clients.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.platform.web.ProblemType;

/**
 * In front of {@code POST /oauth2/token}: a client id or an address with too many failed client
 * authentications in the current window ({@link FailedAuthentications}) is answered {@code 429}
 * with {@code Retry-After} before its secret is checked, and every {@code 401} the authorization
 * server answers counts as a failure. Unknown and known clients fail alike (the same answer, and
 * with {@link KeyedSecretHash} the same work).
 */
final class TokenEndpointGuard extends OncePerRequestFilter {
    static final String PATH = "/oauth2/token";
    private static final ProblemType TOO_MANY = ProblemType.TOO_MANY_FAILED_AUTHENTICATIONS;
    private static final Logger LOG = LoggerFactory.getLogger(TokenEndpointGuard.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FailedAuthentications failures;
    private final Clock clock;

    TokenEndpointGuard(FailedAuthentications failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PATH.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String clientId = clientId(request);
        String address = request.getRemoteAddr();
        Duration wait = failures.waitFor(clientId, address, clock.instant());
        if (!wait.isZero()) {
            refuse(request, response, wait);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            failures.failed(clientId, address, clock.instant());
        }
    }

    /** The client id of Basic authentication (RFC 6749 §2.3.1: form-encoded), else of the form; null when none. */
    static String clientId(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return URLDecoder.decode(colon < 0 ? pair : pair.substring(0, colon), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        String form = request.getParameter("client_id");
        return form == null || form.isBlank() ? null : form;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        LOG.info("Token endpoint: refused a client or address with too many failed authentications");
        response.setStatus(TOO_MANY.status().value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType("application/problem+json");
        response.getOutputStream().write(JSON.writeValueAsBytes(java.util.Map.of(
                "type", TOO_MANY.uri().toString(), "title", TOO_MANY.title(), "status", TOO_MANY.status().value(),
                "detail", "This client id or address failed to authenticate too often; try again in " + seconds
                        + " s with the right client secret.",
                "instance", request.getRequestURI(), "retryAfterSeconds", seconds)));
    }
}
