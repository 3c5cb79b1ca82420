package vn.qrqg.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the servlet container forwards a failed request; asked for directly
 * it would answer a made-up status 999. Direct requests get the 404 of any unknown path.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPathFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> directErrorRequests() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!"/error".equals(request.getRequestURI()) && !request.getRequestURI().startsWith("/error/")) {
                    chain.doFilter(request, response);
                    return;
                }
                ProblemType notFound = ProblemType.HTTP_404;
                response.setStatus(notFound.status().value());
                response.setContentType("application/problem+json");
                response.getOutputStream().write(("{\"type\":\"" + notFound.uri() + "\",\"title\":\"" + notFound.title()
                        + "\",\"status\":" + notFound.status().value() + ",\"detail\":\"No such resource.\"}")
                        .getBytes(StandardCharsets.UTF_8));
            }
        });
        registration.setDispatcherTypes(DispatcherType.REQUEST); // the container's own forwards still reach /error
        registration.addUrlPatterns("/error", "/error/*");
        return registration;
    }
}
