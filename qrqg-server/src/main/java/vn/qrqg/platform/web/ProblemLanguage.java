package vn.qrqg.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problems in the request's language ({@link RequestLanguage}): in Vietnamese, the title and the
 * detail of each {@link ProblemType} come from {@code platform/problems-vi.json}, the detail's
 * {@code {property}} filled from the problem's own properties; the {@code type} URI, the status and
 * the properties stay as they are. In English, the problem goes out as it was made. Every answer
 * a controller gives passes here; {@link ProblemWriter} uses {@link #inRequestLanguage} for the
 * filters' own.
 */
@ControllerAdvice
public class ProblemLanguage implements ResponseBodyAdvice<Object> {
    static final String RESOURCE = "/platform/problems-vi.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Map<String, Texts> VIETNAMESE = load();
    private static final String INVALID_REQUEST_LEAD = "Yêu cầu không hợp lệ: ";

    /** A type's Vietnamese title and detail (a template). */
    record Texts(String title, String detail) {
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        return body instanceof ProblemDetail problem ? inRequestLanguage(problem) : body;
    }

    /** The problem as the current request asks for it: a Vietnamese copy, or the problem itself. */
    public static ProblemDetail inRequestLanguage(ProblemDetail problem) {
        return RequestLanguage.vietnamese() ? vietnamese(problem) : problem;
    }

    /** A copy in Vietnamese; the problem itself when its type has no Vietnamese texts. */
    static ProblemDetail vietnamese(ProblemDetail problem) {
        Texts texts = problem.getType() == null ? null : VIETNAMESE.get(slug(problem.getType()));
        if (texts == null) {
            return problem;
        }
        ProblemDetail copy = ProblemDetail.forStatus(problem.getStatus());
        copy.setType(problem.getType());
        copy.setInstance(problem.getInstance());
        copy.setTitle(texts.title());
        Map<String, Object> properties = problem.getProperties() == null ? Map.of() : problem.getProperties();
        properties.forEach(copy::setProperty);
        copy.setDetail(filled(texts.detail(), properties, problem.getDetail()));
        List<InvalidRequest.FieldError> errors = fieldErrors(properties.get("errors"));
        if (!errors.isEmpty()) {
            copy.setProperty("errors", errors);
            if (ProblemType.INVALID_REQUEST.uri().equals(problem.getType())) {
                copy.setDetail(InvalidRequest.detail(INVALID_REQUEST_LEAD, errors));
            }
        }
        return copy;
    }

    /** Each field's message in Vietnamese where the catalogue has it ({@link FieldMessages}). */
    private static List<InvalidRequest.FieldError> fieldErrors(Object errors) {
        if (!(errors instanceof List<?> list) || !list.stream().allMatch(InvalidRequest.FieldError.class::isInstance)) {
            return List.of();
        }
        return list.stream().map(InvalidRequest.FieldError.class::cast)
                .map(error -> new InvalidRequest.FieldError(error.field(), FieldMessages.vietnameseOrAsIs(error.message())))
                .toList();
    }

    /** The slugs that have Vietnamese texts, for tests. */
    static Map<String, Texts> texts() {
        return VIETNAMESE;
    }

    /** The template with each {@code {name}} from the properties; the English detail when one is missing. */
    private static String filled(String template, Map<String, Object> properties, String english) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            Object value = properties.get(placeholder.group(1));
            if (value == null) {
                return english;
            }
            String text = value instanceof Collection<?> values
                    ? String.join(", ", values.stream().map(String::valueOf).toList()) : String.valueOf(value);
            placeholder.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private static String slug(URI type) {
        String path = type.getPath();
        return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    }

    private static Map<String, Texts> load() {
        try (InputStream in = ProblemLanguage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            JsonNode json = JsonMapper.builder().build().readTree(in);
            Map<String, Texts> texts = new HashMap<>();
            json.properties().forEach(entry -> texts.put(entry.getKey(),
                    new Texts(entry.getValue().path("title").asString(), entry.getValue().path("detail").asString())));
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
