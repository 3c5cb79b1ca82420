package vn.qrqg.clients;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * A certified app's bearer access token, checked outside Spring Security's filter chain for an
 * endpoint whose cost per call is the platform's capacity ({@code POST /api/v1/scans},
 * docs/benchmarks.md): the chain's own firewall, header parsing, token verification, app status
 * and scopes, without its dozen filters around them. A request the chain would refuse, or treat
 * in any way but as a certified app's call, finds nobody here: its caller passes it on, unread,
 * and the chain answers it as it answers every endpoint.
 */
public interface BearerCallers {

    /**
     * The calling certified app: an authenticated {@link Authentication} whose principal is its
     * {@link CallingClient} and whose authorities are {@code SCOPE_<scope>}, as the chain would
     * set it; empty when the request carries no bearer token, or one the chain would refuse.
     */
    Optional<Authentication> authenticate(HttpServletRequest request);

    /** Sets the headers the API's filter chain sets on every answer (no sniffing, no framing, no caching). */
    void writeSecurityHeaders(HttpServletRequest request, HttpServletResponse response);
}
