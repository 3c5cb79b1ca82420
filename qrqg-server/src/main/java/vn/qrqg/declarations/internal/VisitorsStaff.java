package vn.qrqg.declarations.internal;

import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.holders.HolderTokenRequiredException;

/**
 * A venue's staff scanner declaring for a visitor, as a controller parameter: resolved before the
 * body is read, so that any other caller without a holder token is told it needs one, whatever
 * it sent (as {@link vn.qrqg.holders.Holder} does for the person's own app).
 */
record VisitorsStaff(CallingClient scanner) {

    @Configuration(proxyBeanMethods = false)
    static class Resolution implements WebMvcConfigurer, HandlerMethodArgumentResolver {

        static {
            // resolved here, not a request parameter: no invented "arg0" in the OpenAPI document
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(VisitorsStaff.class);
        }

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(this);
        }

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == VisitorsStaff.class;
        }

        @Override
        public VisitorsStaff resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                NativeWebRequest request, WebDataBinderFactory binders) {
            CallingClient client = CallingClient.require();
            if (client.venueCode() == null || !client.hasScope(Scopes.CHECKIN_VENUE)) {
                throw new HolderTokenRequiredException();
            }
            return new VisitorsStaff(client);
        }
    }
}
