package vn.qrqg.portal.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the OpenAPI document what {@link PortalSecurity} does: {@code /portal/api/**} is the
 * portal's own backend for its pages, signed in by the session cookie, not an app's API; sign-in
 * and venues' facts take nothing. An {@link OwnPerson} parameter is the path's {@code {qid}}, not
 * the query parameter {@code arg0} springdoc would otherwise invent for a type it does not know.
 */
@Configuration(proxyBeanMethods = false)
class PortalDocumentation {
    static final String SESSION = "portalSession";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(OwnPerson.class);
    }

    @Bean
    OperationCustomizer portalPersonPath() {
        return (operation, handler) -> {
            boolean person = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType() == OwnPerson.class);
            boolean named = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(parameter -> "qid".equals(parameter.getName()));
            if (person && !named) {
                operation.addParametersItem(new PathParameter().name("qid").required(true).schema(new StringSchema())
                        .description("The QID of one of the signed-in account's people; anybody else's is 404 "
                                + "not-your-person."));
            }
            return operation;
        };
    }

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
