package vn.qrqg.clients.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.qrqg.clients.Scopes;

/** Tells the OpenAPI document how every call authenticates: client credentials, then a bearer JWT. */
@Configuration(proxyBeanMethods = false)
class ClientCredentialsDocumentation {
    private static final String SCHEME = "clientCredentials";

    @Bean
    OpenApiCustomizer clientCredentialsScheme() {
        io.swagger.v3.oas.models.security.Scopes scopes = new io.swagger.v3.oas.models.security.Scopes()
                .addString(Scopes.QR_ISSUE, "issue personal QRs for citizens")
                .addString(Scopes.QR_IN_PERSON, "issue a QR in person, as an official who saw the document")
                .addString(Scopes.SCAN_VENUE, "scan at a venue: short name, birth year")
                .addString(Scopes.SCAN_HEALTH, "scan as a health officer")
                .addString(Scopes.SCAN_POLICE, "scan as police: the identity fields")
                .addString(Scopes.HEALTH_READ, "read health and travel declarations as a health officer")
                .addString(Scopes.ADMIN, "operate the platform: /api/v1/admin/**")
                .addString(Scopes.CHECKIN_VENUE, "a venue's staff scanner: check visitors in at its venue")
                .addString(Scopes.CHECKIN_SELF, "report that the app's holder checked in at a venue");
        SecurityScheme oauth2 = new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("OAuth2 client credentials of a certified app (docs/api.md); the token is a bearer JWT.")
                .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token").scopes(scopes)));
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSecuritySchemes(SCHEME, oauth2);
            api.addSecurityItem(new SecurityRequirement().addList(SCHEME));
        };
    }
}
