package vn.qrqg.portal.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the OpenAPI document what {@link PortalSecurity} does: {@code /portal/api/**} is the
 * portal's own backend for its pages, signed in by the session cookie, not an app's API; sign-in
 * and venues' facts take nothing.
 */
@Configuration(proxyBeanMethods = false)
class PortalDocumentation {
    static final String SESSION = "portalSession";

    @Bean
    OpenApiCustomizer portalSessionScheme() {
        SecurityScheme cookie = new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE)
                .name(PortalRequestFilter.COOKIE)
                .description("The citizen portal's session (docs/portal.md), set by POST /portal/api/sign-in/confirm. "
                        + "POST, PUT and DELETE also need the header " + PortalRequestFilter.HEADER + ": 1.");
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSecuritySchemes(SESSION, cookie);
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> {
                if (path.startsWith("/portal/api/")) {
                    boolean open = path.startsWith("/portal/api/sign-") || path.equals("/portal/api/session")
                            || path.startsWith("/portal/api/venues/");
                    List<SecurityRequirement> security = open ? List.of()
                            : List.of(new SecurityRequirement().addList(SESSION));
                    item.readOperations().forEach(operation -> {
                        operation.setSecurity(security);
                        operation.setTags(List.of("Citizen portal"));
                    });
                }
            });
        };
    }
}
