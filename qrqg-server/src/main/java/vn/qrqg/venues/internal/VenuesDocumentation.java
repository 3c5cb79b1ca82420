package vn.qrqg.venues.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the OpenAPI document what {@link VenuesSecurity} does: the staff endpoints take the
 * owner token rather than an app's access token, and the other venue endpoints take nothing.
 */
@Configuration(proxyBeanMethods = false)
class VenuesDocumentation {
    static final String OWNER_TOKEN = "venueOwnerToken";

    @Bean
    OpenApiCustomizer venueOwnerTokenScheme() {
        SecurityScheme ownerToken = new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("The venue's owner token (qo_…), given once when its registration is confirmed "
                        + "(docs/venues.md); it acts on its own venue only.");
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSecuritySchemes(OWNER_TOKEN, ownerToken);
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/v1/venues/")) {
                    List<SecurityRequirement> security = path.startsWith("/api/v1/venues/{venueCode}/staff")
                            ? List.of(new SecurityRequirement().addList(OWNER_TOKEN))
                            : List.of(); // public
                    item.readOperations().forEach(operation -> operation.setSecurity(security));
                }
            });
        };
    }
}
