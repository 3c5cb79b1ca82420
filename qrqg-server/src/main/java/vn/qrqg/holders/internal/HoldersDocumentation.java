package vn.qrqg.holders.internal;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.qrqg.holders.Holder;
import vn.qrqg.holders.HolderTokens;

/**
 * Tells the OpenAPI document how a {@link Holder} parameter is given: the required header
 * {@value HolderTokens#HEADER}, not the query parameter {@code arg0} springdoc would otherwise
 * invent for a type it does not know.
 */
@Configuration(proxyBeanMethods = false)
class HoldersDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Holder.class);
    }

    @Bean
    OperationCustomizer holderTokenHeader() {
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters()).anyMatch(parameter -> parameter.getParameterType() == Holder.class)) {
                operation.addParametersItem(new HeaderParameter().name(HolderTokens.HEADER).required(true)
                        .schema(new StringSchema())
                        .description("The person's holder token, which their QR issuance gave the calling app "
                                + "(docs/api.md, step 6)."));
            }
            return operation;
        };
    }
}
