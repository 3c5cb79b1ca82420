package vn.qrqg.clients.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * The bearer token of {@code Authorization: Bearer <token>} (RFC 6750 §2.1), the only place the
 * platform takes one from: never a query or form parameter. It accepts and refuses exactly what
 * Spring Security's {@code DefaultBearerTokenResolver} does by default, with a loop over the
 * characters instead of its case-insensitive regular expression, which cost about a tenth of the
 * platform's CPU per call (docs/benchmarks.md).
 */
final class BearerTokenHeader implements BearerTokenResolver {
    private static final String SCHEME = "Bearer ";

    /** By character: a table, since every call's ~700-character token passes here (4 % of a scan's CPU as a chain of comparisons). */
    private static final boolean[] TOKEN_CHARACTERS = new boolean[128];

    static {
        for (char c = 0; c < TOKEN_CHARACTERS.length; c++) {
            TOKEN_CHARACTERS[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
        }
    }

    /**
     * @return the token, or {@code null} when the request carries no bearer authorization
     * @throws OAuth2AuthenticationException ({@code invalid_token}) when it carries a malformed one
     */
    @Override
    public String resolve(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length() - 1)) {
            return null; // another scheme, e.g. Basic at the token endpoint
        }
        if (!isBearerCredentials(authorization)) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return authorization.substring(SCHEME.length());
    }

    /** {@code "Bearer" SP b64token}, {@code b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="}. */
    static boolean isBearerCredentials(String authorization) {
        int length = authorization.length();
        if (length <= SCHEME.length() || authorization.charAt(SCHEME.length() - 1) != ' ') {
            return false;
        }
        int end = length;
        while (end > SCHEME.length() && authorization.charAt(end - 1) == '=') {
            end--;
        }
        if (end == SCHEME.length()) {
            return false;
        }
        for (int i = SCHEME.length(); i < end; i++) {
            if (!isTokenCharacter(authorization.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTokenCharacter(char c) {
        return c < TOKEN_CHARACTERS.length && TOKEN_CHARACTERS[c];
    }

}
