package vn.qrqg.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@link PrintableText} for every query parameter and path variable, as {@link PrintableTextJson}
 * does for JSON bodies: a 400 naming the parameter, before any controller (or Spring Security's
 * firewall, which would refuse it with the value in its message) reads it. The query string is
 * decoded here, strictly: malformed percent-encoding is a 400 as well, not Tomcat's 500.
 */
@Configuration(proxyBeanMethods = false)
class PrintableParameters implements WebMvcConfigurer, HandlerInterceptor {
    static final String MALFORMED = "is not valid percent-encoding";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = decoded(equals < 0 ? pair : pair.substring(0, equals), "query");
                if (!PrintableText.isAcceptable(name)) {
                    throw new InvalidFieldException("query", "parameter names " + PrintableText.MESSAGE);
                }
                if (equals >= 0 && !PrintableText.isAcceptable(decoded(pair.substring(equals + 1), name))) {
                    throw new InvalidFieldException(name, PrintableText.MESSAGE);
                }
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                if (value instanceof String text && !PrintableText.isAcceptable(text)) {
                    throw new InvalidFieldException(String.valueOf(name), PrintableText.MESSAGE);
                }
            });
        }
        return true;
    }

    private static String decoded(String text, String field) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidFieldException(field, MALFORMED);
        }
    }
}
