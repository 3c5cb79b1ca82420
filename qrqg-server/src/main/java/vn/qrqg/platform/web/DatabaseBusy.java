package vn.qrqg.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No database connection came in time (every one of the pool busy): 503 {@link ProblemType#BUSY}
 * with {@code Retry-After: 1}, not a 500, wherever the request was: in a controller (answered by
 * {@link PlatformProblems}) or before one, in a filter such as the token check, which reads the
 * app's status (answered here, outermost).
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseBusy {
    static final String DETAIL = "The platform is busy and could not reach its database in time; try again.";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBusy.class);

    /** Whether {@code failure}, or what caused it, is a connection that did not come in time. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** The answer, logged as a warning without the request's content. */
    static ProblemDetail problem() {
        LOG.warn("A request found no free database connection in time: answered 503 busy");
        return ProblemType.BUSY.problem(DETAIL);
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseBusyFilter() {
        ProblemWriter problems = new ProblemWriter();
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } catch (ServletException | RuntimeException e) {
                    if (!causedBy(e) || response.isCommitted()) {
                        throw e;
                    }
                    response.resetBuffer();
                    response.setHeader("Retry-After", "1");
                    problems.write(response, problem());
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
