package vn.qrqg.portal.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.qrqg.platform.web.ProblemType;
import vn.qrqg.platform.web.ProblemWriter;

/**
 * Every {@code /portal/api/**} request: its answer is {@code Cache-Control: no-store}; a
 * state-changing one must carry {@value #HEADER}{@code : 1} (which a cross-site form cannot send,
 * and which a cross-site script may send only after a CORS preflight the portal never grants),
 * or is refused with 403 before anything runs; the session cookie, when valid, signs the citizen in.
 */
class PortalRequestFilter extends OncePerRequestFilter {
    static final String COOKIE = "QRQG_PORTAL";
    static final String HEADER = "X-QRQG-Portal";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Sessions sessions;
    private final ProblemWriter problems;

    PortalRequestFilter(Sessions sessions, ProblemWriter problems) {
        this.sessions = sessions;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (!SAFE.contains(request.getMethod()) && !"1".equals(request.getHeader(HEADER))) {
            problems.write(response, ProblemType.PORTAL_HEADER_REQUIRED.problem(
                    "A request that changes something must carry the header " + HEADER
                            + ": 1 (the portal's pages send it). Reload the page and try again."));
            return;
        }
        String value = cookie(request);
        if (value != null) {
            sessions.find(value).ifPresent(phone -> SecurityContextHolder.setContext(
                    new SecurityContextImpl(new PortalUser.Authentication(new PortalUser(phone, value)))));
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
