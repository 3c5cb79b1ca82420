package vn.qrqg.clients;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Paths another capability serves to anyone, without an access token (a venue's page, a public
 * list). Declare one as a bean; the clients' security permits its paths. Everything else under
 * the platform needs a token of a certified app.
 *
 * @param method the one method permitted, or null for any
 * @param patterns Spring path patterns, e.g. {@code /v/**}
 */
public record PublicEndpoints(HttpMethod method, List<String> patterns) {

    public PublicEndpoints {
        patterns = List.copyOf(patterns);
    }

    /** GET requests to these paths. */
    public static PublicEndpoints get(String... patterns) {
        return new PublicEndpoints(HttpMethod.GET, List.of(patterns));
    }

    /** Requests of any method to these paths. */
    public static PublicEndpoints any(String... patterns) {
        return new PublicEndpoints(null, List.of(patterns));
    }
}
