package vn.qrqg.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A strict Content-Security-Policy on every answer, pages and API alike: scripts, styles and
 * connections from the platform's own origin only, no inline script or style, no plugins, no
 * framing, no other base or form target. The portal's pages keep every script and style in
 * files under {@code /assets/}; images and video may also be {@code data:} or {@code blob:}
 * (QR images, the scanner's camera). Swagger UI, a third party's page, is left out: its own
 * scripts are not ours to vouch for under this policy.
 */
@Configuration(proxyBeanMethods = false)
class ContentSecurityPolicy {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> contentSecurityPolicyFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!request.getRequestURI().startsWith("/swagger-ui/")) {
                    response.setHeader("Content-Security-Policy", POLICY);
                }
                chain.doFilter(request, response);
            }

            @Override
            protected boolean shouldNotFilterErrorDispatch() {
                return false;
            }
        });
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE); // before Spring Security, whose refusals answer too
        return registration;
    }
}
