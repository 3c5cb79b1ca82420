package vn.qrqg.platform.csv;

import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.qrqg.platform.web.InvalidFieldException;

/** Fills a controller's {@link CsvUpload} parameter, and says in the OpenAPI document how to send one. */
@Configuration(proxyBeanMethods = false)
class CsvUploadWeb implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CsvUpload.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new Resolver());
    }

    @Bean
    OperationCustomizer csvUploadBody() {
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == CsvUpload.class)) {
                operation.requestBody(new RequestBody().required(true).content(new Content()
                        .addMediaType(CsvUpload.MEDIA_TYPES[0], new io.swagger.v3.oas.models.media.MediaType()
                                .schema(new ObjectSchema().addProperty(CsvUpload.FIELD, new BinarySchema())
                                        .addRequiredItem(CsvUpload.FIELD)))
                        .addMediaType(CsvUpload.MEDIA_TYPES[1], new io.swagger.v3.oas.models.media.MediaType()
                                .schema(new StringSchema()))));
            }
            return operation;
        };
    }

    private static final class Resolver implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == CsvUpload.class;
        }

        @Override
        public CsvUpload resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                NativeWebRequest request, WebDataBinderFactory binderFactory) throws IOException {
            MultipartHttpServletRequest multipart = request.getNativeRequest(MultipartHttpServletRequest.class);
            if (multipart == null) {
                return CsvUpload.of(request.getNativeRequest(HttpServletRequest.class).getInputStream());
            }
            MultipartFile file = multipart.getFile(CsvUpload.FIELD);
            if (file == null) {
                throw new InvalidFieldException(CsvUpload.FIELD, "is required: the CSV file, as this multipart field");
            }
            return CsvUpload.of(file.getInputStream());
        }
    }
}
