package vn.qrqg.venues.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals on the staff endpoints as RFC 9457 problem details: no owner token (401), one that
 * is no venue's (401, with {@code WWW-Authenticate} as RFC 6750 has it), another venue's (403).
 */
class OwnerTokenProblems implements AuthenticationEntryPoint, AccessDeniedHandler {
    static final String UNAUTHENTICATED = "https://qrqg.vn/problems/unauthenticated";
    static final String INVALID_OWNER_TOKEN = "https://qrqg.vn/problems/invalid-owner-token";
    static final String NOT_VENUE_OWNER = "https://qrqg.vn/problems/not-venue-owner";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        bearerEntryPoint.commence(request, response, e); // 401 and WWW-Authenticate
        if (e instanceof OAuth2AuthenticationException) {
            write(request, response, HttpStatus.UNAUTHORIZED, INVALID_OWNER_TOKEN, "Invalid owner token",
                    "This is not the owner token of a venue. It was given once, when the registration was confirmed.");
        } else {
            write(request, response, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, "Owner token required",
                    "This call needs the venue's owner token, given when its registration was confirmed, as "
                            + "\"Authorization: Bearer <ownerToken>\".");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, NOT_VENUE_OWNER, "Not this venue's owner",
                "The owner token is another venue's: an owner acts on their own venue only.");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
