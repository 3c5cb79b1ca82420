package vn.qrqg.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the generated OpenAPI document ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}) says once for every endpoint: what the platform is and how a client
 * authenticates. Endpoints are described by their controllers, not by annotations here.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {
    private static final String CLIENT_CREDENTIALS = "clientCredentials";

    @Bean
    OpenAPI platformApi() {
        Scopes scopes = new Scopes()
                .addString(vn.qrqg.clients.Scopes.QR_ISSUE, "issue personal QRs for citizens")
                .addString(vn.qrqg.clients.Scopes.SCAN_VENUE, "scan at a venue: short name, birth year")
                .addString(vn.qrqg.clients.Scopes.SCAN_HEALTH, "scan as a health officer")
                .addString(vn.qrqg.clients.Scopes.SCAN_POLICE, "scan as police: the identity fields")
                .addString(vn.qrqg.clients.Scopes.ADMIN, "operate the platform: /api/v1/admin/**");
        SecurityScheme oauth2 = new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("OAuth2 client credentials of a certified app (docs/api.md); the token is a bearer JWT.")
                .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token").scopes(scopes)));
        return new OpenAPI()
                .info(new Info().title("QRQG — national personal-QR platform").version("v1")
                        .description("Issuing the unified personal QR (format v1.1), certified client apps, scanning "
                                + "and audit. Errors are RFC 9457 problem details. The QR texts are specified in "
                                + "FORMATS.md; docs/api.md walks through the whole flow."))
                .components(new Components().addSecuritySchemes(CLIENT_CREDENTIALS, oauth2))
                .addSecurityItem(new SecurityRequirement().addList(CLIENT_CREDENTIALS));
    }
}
