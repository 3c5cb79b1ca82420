package vn.qrqg.portal.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.qrqg.clients.PublicEndpoints;

/**
 * The portal's pages ({@link PortalPageController}) and their assets (static/), open to anyone:
 * the pages hold no data of their own; what they show comes from the API, with the caller's own
 * credentials.
 */
@Configuration(proxyBeanMethods = false)
class PortalPages {

    @Bean
    PublicEndpoints portalPageEndpoints() {
        return PublicEndpoints.get("/", "/index.html", "/venue.html", "/scanner.html", "/admin.html",
                "/risk.html", "/officials.html", "/feedback.html", "/assets/**", "/vendor/**", "/favicon.ico");
    }
}
