package vn.qrqg.platform.web;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The platform's HTML pages: Mustache templates under {@code templates/} (Spring Boot's
 * JMustache compiler, which HTML-escapes every {@code {{value}}}), each extending the one
 * {@code layout}. Rendered to a string and answered as a {@link ResponseEntity}, rather than
 * through a Spring MVC view, so that a page's headers are exactly its controller's: no
 * {@code Content-Language} taken from the request's locale, a cache policy chosen per page.
 */
@Component
public class Pages {
    /** What every page is: UTF-8 HTML, as its {@code <meta charset>} says. */
    public static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final Mustache.Compiler compiler;
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    Pages(Mustache.Compiler compiler) {
        this.compiler = compiler;
    }

    /** The page {@code templates/{name}.mustache} filled from {@code model} (a record's accessors, a map's keys). */
    public String render(String name, Object model) {
        return templates.computeIfAbsent(name, compiler::loadTemplate).execute(model);
    }

    /** An answer with this status carrying the page; the caller adds headers such as its cache policy. */
    public static ResponseEntity.BodyBuilder html(HttpStatus status) {
        return ResponseEntity.status(status).contentType(HTML);
    }
}
