package vn.qrqg.risk.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import vn.qrqg.clients.BearerCallers;
import vn.qrqg.platform.web.ProblemException;

/**
 * The public risk answers that are in memory, given in a servlet filter, without Spring Security's
 * filters and Spring MVC's dispatch: the map is what millions open in an outbreak, and those took
 * most of the JVM's CPU of such an answer (docs/benchmarks.md, issue 18), as they did for scans
 * ({@code ScanEndpoint}). The contract is the endpoint's, not a copy of it: the parameters are
 * read, the answer kept and written by {@link PublicAnswers}, as the controller does. Anything
 * else (a parameter that is wrong, an answer not in memory, another method) goes on, unread,
 * through the full chain to {@link RiskLevelsController}.
 */
final class PublicAnswersFilter extends OncePerRequestFilter {
    private final PublicAnswers answers;
    private final BearerCallers callers;

    PublicAnswersFilter(PublicAnswers answers, BearerCallers callers) {
        this.answers = answers;
        this.callers = callers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PublicAnswers.Asked asked = "GET".equals(request.getMethod()) ? asked(request) : null;
        Optional<AnswerCache.Answer> kept = asked == null ? Optional.empty() : answers.kept(asked);
        if (kept.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(context -> context.setPathPattern(request.getRequestURI()));
        callers.writeSecurityHeaders(request, response);
        PublicAnswers.write(kept.get(), asked.mediaType(), request, response);
    }

    /** What the request asks for; null when a parameter is wrong, for the controller to say which. */
    private PublicAnswers.Asked asked(HttpServletRequest request) {
        try {
            return switch (request.getRequestURI()) {
                case PublicAnswers.LEVELS -> answers.levels(request.getParameter("date"), request.getParameter("scope"),
                        request.getParameter("provinceCode"));
                case PublicAnswers.HISTORY -> answers.history(request.getParameter("code"), request.getParameter("weeks"),
                        request.getParameter("date"));
                case PublicAnswers.PROVINCES -> answers.provinces(request.getParameter("date"));
                default -> null;
            };
        } catch (ProblemException wrong) {
            return null;
        }
    }
}
