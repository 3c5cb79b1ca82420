package vn.qrqg.clients.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.stereotype.Component;
import vn.qrqg.clients.BearerCallers;

/**
 * {@link BearerCallers} with the beans of the API's chain ({@link ResourceServerConfiguration}):
 * its firewall, its token resolver, its decoder (which caches verified tokens) and its converter
 * (the app's status, on every call). Failures are not recorded here: the chain, which then sees
 * the request, records them.
 */
@Component
class DirectBearerCallers implements BearerCallers {
    /** Spring Security's default headers, in its order (the tests compare them with the chain's). */
    private static final List<HeaderWriter> HEADERS = List.of(new XContentTypeOptionsHeaderWriter(),
            new XXssProtectionHeaderWriter(), new CacheControlHeadersWriter(), new HstsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY));

    private final HttpFirewall firewall;
    private final BearerTokenResolver tokens;
    private final JwtDecoder decoder;
    private final AppTokenConverter converter;

    DirectBearerCallers(HttpFirewall firewall, BearerTokenResolver tokens, JwtDecoder decoder, AppStatusCache apps) {
        this.firewall = firewall;
        this.tokens = tokens;
        this.decoder = decoder;
        this.converter = new AppTokenConverter(apps);
    }

    @Override
    public Optional<Authentication> authenticate(HttpServletRequest request) {
        try {
            String token = tokens.resolve(firewall.getFirewalledRequest(request));
            return token == null ? Optional.empty() : Optional.of(converter.convert(decoder.decode(token)));
        } catch (RequestRejectedException | AuthenticationException | JwtException refused) {
            return Optional.empty(); // the chain refuses it again, and says why
        }
    }

    @Override
    public void writeSecurityHeaders(HttpServletRequest request, HttpServletResponse response) {
        for (HeaderWriter writer : HEADERS) {
            writer.writeHeaders(request, response);
        }
    }
}
