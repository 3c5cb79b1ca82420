package vn.qrqg.scanning.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.qrqg.platform.web.ProblemType;
import vn.qrqg.platform.web.ProblemWriter;
import vn.qrqg.scanning.ScanningProperties;

/**
 * Admission control for scans: this instance handles at most {@code qrqg.scanning.max-in-progress}
 * {@code POST /api/v1/scans} at once. One more is answered {@code 503 busy} with {@code Retry-After:
 * 1} at once, before its token is checked or its body read: an overload sheds scans in
 * milliseconds, instead of queueing every scan behind the others until all are seconds late
 * (and the scanner at the door has retried meanwhile). Each refusal counts in the metric
 * {@code qrqg.scans.shed}; nothing is logged per refusal, which would only add to the load.
 */
@Configuration(proxyBeanMethods = false)
class ScanAdmission {
    static final String PATH = "/api/v1/scans";
    static final String DETAIL = "The platform is handling as many scans as it takes at once; nothing was looked up "
            + "or recorded. Try again in a second.";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> scanAdmissionFilter(ScanningProperties properties, MeterRegistry meters) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new Gate(new Semaphore(properties.maxInProgress()), Counter.builder("qrqg.scans.shed")
                        .description("scans answered 503 busy because as many were in progress as admitted")
                        .register(meters)));
        registration.addUrlPatterns(PATH);
        registration.setName("scanAdmission");
        // after the Content-Security-Policy header (HIGHEST_PRECEDENCE), before the body limit and Spring Security
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** Lets a scan in while a permit is free, and gives it back when the scan is answered. */
    static final class Gate extends OncePerRequestFilter {
        private final Semaphore inProgress;
        private final Counter shed;
        private final ProblemWriter problems = new ProblemWriter();

        Gate(Semaphore inProgress, Counter shed) {
            this.inProgress = inProgress;
            this.shed = shed;
        }

        /** The scans that may still start now; a test takes them to stand for scans in progress. */
        Semaphore admissions() {
            return inProgress;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"POST".equals(request.getMethod());
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!inProgress.tryAcquire()) {
                shed.increment();
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                problems.write(response, ProblemType.BUSY.problem(DETAIL));
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                inProgress.release();
            }
        }
    }
}
