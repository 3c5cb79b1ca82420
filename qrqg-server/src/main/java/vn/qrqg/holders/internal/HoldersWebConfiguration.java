package vn.qrqg.holders.internal;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.qrqg.holders.HolderTokens;

/** Lets any controller take a verified {@link vn.qrqg.holders.Holder} as a parameter. */
@Configuration(proxyBeanMethods = false)
class HoldersWebConfiguration implements WebMvcConfigurer {
    private final HolderTokens holderTokens;

    HoldersWebConfiguration(HolderTokens holderTokens) {
        this.holderTokens = holderTokens;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HolderArgumentResolver(holderTokens));
    }
}
