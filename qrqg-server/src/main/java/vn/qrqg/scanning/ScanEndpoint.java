package vn.qrqg.scanning;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.clients.BearerCallers;
import vn.qrqg.clients.CallingClient;

/**
 * {@code POST /api/v1/scans} answered in a servlet filter, without Spring Security's dozen filters
 * and Spring MVC's dispatch: on the platform's busiest call they took about two thirds of the
 * JVM's CPU (docs/benchmarks.md, issue 16). The contract is the endpoint's, not a copy of it: the
 * token is checked by the API chain's own code ({@link BearerCallers}), the body read and the
 * answer written by the application's JSON mapper, the answer made by {@link ScanController}, and
 * every error answered by the application's exception handlers, as for any endpoint.
 *
 * <p>Only the plain case is taken here: a certified app's valid token with a scan scope, a JSON
 * body, an {@code Accept} that takes JSON, no query string. Anything else goes on, unread, through
 * the full chain, which refuses or answers it exactly as before (the tests compare the two).
 */
@Configuration(proxyBeanMethods = false)
class ScanEndpoint {
    static final String PATH = "/api/v1/scans";

    @Bean
    FilterRegistrationBean<Direct> directScans(ScanController controller, BearerCallers callers, JsonMapper json,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
        FilterRegistrationBean<Direct> registration = new FilterRegistrationBean<>(
                new Direct(controller, callers, json, errors));
        registration.addUrlPatterns(PATH);
        registration.setName("directScans");
        // after the request's locale and attributes are exposed (-105), before Spring Security (-100)
        registration.setOrder(-101);
        return registration;
    }

    /** The filter; {@link #handles} says which requests it answers itself. */
    static final class Direct extends OncePerRequestFilter {
        private final ScanController controller;
        private final BearerCallers callers;
        private final ObjectReader requests;
        private final ObjectWriter answers;
        private final HandlerExceptionResolver errors;

        Direct(ScanController controller, BearerCallers callers, JsonMapper json, HandlerExceptionResolver errors) {
            this.controller = controller;
            this.callers = callers;
            this.requests = json.readerFor(ScanController.ScanRequest.class);
            this.answers = json.writerFor(ScanAnswer.class);
            this.errors = errors;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Optional<Authentication> caller = handles(request) ? callers.authenticate(request) : Optional.empty();
            if (caller.isEmpty() || !(caller.get().getPrincipal() instanceof CallingClient client)
                    || ScanScope.broadestOf(client.scopes()).isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            ServerHttpObservationFilter.findObservationContext(request).ifPresent(context -> context.setPathPattern(PATH));
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(caller.get());
            SecurityContextHolder.setContext(context);
            callers.writeSecurityHeaders(request, response);
            try {
                byte[] answer = answers.writeValueAsBytes(controller.scan(read(request), client));
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setContentLength(answer.length);
                response.getOutputStream().write(answer);
            } catch (RuntimeException e) {
                if (errors.resolveException(request, response, null, e) == null) {
                    throw e;
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
        }

        /** A POST of JSON, without a query string, whose answer may be JSON. */
        static boolean handles(HttpServletRequest request) {
            return "POST".equals(request.getMethod()) && request.getQueryString() == null
                    && PATH.equals(request.getRequestURI()) && isJson(request.getContentType())
                    && acceptsJson(request.getHeader(HttpHeaders.ACCEPT));
        }

        /**
         * The body as Spring MVC reads a {@code @RequestBody(required = false)}: none is {@code null};
         * a body over the limit, cut off or not JSON of the request's shape is unreadable, for the
         * exception handlers to say why.
         */
        private ScanController.ScanRequest read(HttpServletRequest request) {
            try {
                byte[] body = request.getInputStream().readAllBytes();
                return body.length == 0 ? null : requests.readValue(body);
            } catch (IOException e) {
                throw new HttpMessageNotReadableException("I/O error while reading input message", e,
                        new ServletServerHttpRequest(request));
            } catch (JacksonException e) {
                throw new HttpMessageNotReadableException("JSON parse error: " + e.getOriginalMessage(), e,
                        new ServletServerHttpRequest(request));
            }
        }

        private static boolean isJson(String contentType) {
            if (contentType == null) {
                return false;
            }
            if (contentType.equals(MediaType.APPLICATION_JSON_VALUE)) {
                return true;
            }
            try {
                MediaType type = MediaType.parseMediaType(contentType);
                return type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)
                        && (type.getCharset() == null || "UTF-8".equals(type.getCharset().name()));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private static boolean acceptsJson(String accept) {
            if (accept == null || accept.equals("*/*") || accept.equals(MediaType.APPLICATION_JSON_VALUE)) {
                return true;
            }
            try {
                return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.includes(MediaType.APPLICATION_JSON)
                        && type.getQualityValue() > 0);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
