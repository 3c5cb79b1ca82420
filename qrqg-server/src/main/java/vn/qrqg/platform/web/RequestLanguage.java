package vn.qrqg.platform.web;

import java.util.List;
import java.util.Locale;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The language the current request asks its answers in, by its {@code Accept-Language}:
 * Vietnamese when it prefers {@code vi} to {@code en}, else English, as the API has always
 * answered (and outside a request). The portal sends the language its reader chose.
 */
public final class RequestLanguage {
    private static final List<Locale> SPOKEN = List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"));

    private RequestLanguage() {
    }

    public static boolean vietnamese() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        return vietnamese(attributes.getRequest().getHeader("Accept-Language"));
    }

    /** Whether {@code acceptLanguage} (the header's value, or null) prefers Vietnamese to English. */
    public static boolean vietnamese(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SPOKEN);
            return best != null && "vi".equals(best.getLanguage());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
