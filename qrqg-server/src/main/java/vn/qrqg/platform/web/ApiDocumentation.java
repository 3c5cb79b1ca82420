package vn.qrqg.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the generated OpenAPI document ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}) says of the platform as a whole, the catalogue of problem types
 * included. Endpoints are described by their controllers; how a client authenticates is added
 * by the clients capability.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI platformApi() {
        return new OpenAPI().info(new Info().title("QRQG — national personal-QR platform").version("v1")
                .description("Issuing the unified personal QR (format v1.1), certified client apps, scanning "
                        + "and audit. Errors are RFC 9457 problem details, of the types listed in the "
                        + ProblemCatalogue.SCHEMA + " schema. The QR texts are specified in FORMATS.md; "
                        + "docs/api.md walks through the whole flow."));
    }

    /** After the document is generated, so that no other customizer's components replace it. */
    @Bean
    OpenApiCustomizer problemCatalogue() {
        return ProblemCatalogue::describe;
    }
}
