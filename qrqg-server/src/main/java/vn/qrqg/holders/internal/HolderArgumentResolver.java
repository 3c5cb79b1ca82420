package vn.qrqg.holders.internal;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.qrqg.holders.Holder;
import vn.qrqg.holders.HolderTokens;

/** Fills a controller's {@link Holder} parameter from the request's {@value HolderTokens#HEADER} header. */
class HolderArgumentResolver implements HandlerMethodArgumentResolver {
    private final HolderTokens holderTokens;

    HolderArgumentResolver(HolderTokens holderTokens) {
        this.holderTokens = holderTokens;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Holder.class;
    }

    @Override
    public Holder resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return holderTokens.require(request.getHeader(HolderTokens.HEADER));
    }
}
