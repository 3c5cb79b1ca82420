package vn.qrqg.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class BearerTokenHeaderTest {
    private final BearerTokenHeader header = new BearerTokenHeader();

    @Test
    void takesTheTokenOfABearerAuthorization() {
        assertThat(header.resolve(request("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln"))).isEqualTo(
                "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln");
        assertThat(header.resolve(request("bearer qo_abc-._~+/=="))).isEqualTo("qo_abc-._~+/==");
    }

    @Test
    void leavesOtherSchemesAndMissingHeadersToOtherAuthentication() {
        assertThat(header.resolve(request(null))).isNull();
        assertThat(header.resolve(request("Basic YWRtaW46c2VjcmV0"))).isNull();
    }

    @Test
    void refusesAMalformedBearerToken() {
        for (String malformed : List.of("Bearer", "Bearer ", "Bearer  token", "Bearer to ken", "Bearer ==",
                "Bearer tok=en", "Bearer tökén", "Bearertoken", "Bearer token\n")) {
            assertThatThrownBy(() -> header.resolve(request(malformed))).as(malformed)
                    .isInstanceOf(OAuth2AuthenticationException.class)
                    .hasMessageContaining("malformed");
        }
    }

    /** The same answers as Spring Security's default resolver, on random headers near the grammar. */
    @Test
    void agreesWithSpringSecuritysDefaultResolver() {
        BearerTokenResolver reference = new DefaultBearerTokenResolver();
        String alphabet = "Bb earERAZaz09-._~+/= \t\"ä";
        Random random = new Random(20211);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "Bearer " : random.nextBoolean() ? "bEaReR" : "");
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String authorization = text.toString();
            assertThat(outcome(header, authorization)).as(authorization).isEqualTo(outcome(reference, authorization));
        }
    }

    private static String outcome(BearerTokenResolver resolver, String authorization) {
        try {
            return "token:" + resolver.resolve(request(authorization));
        } catch (OAuth2AuthenticationException e) {
            return "error:" + e.getError().getErrorCode();
        }
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/scans");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }
}
