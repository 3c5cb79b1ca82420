package vn.qrqg.portal.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.qrqg.clients.PublicEndpoints;

/**
 * The portal's pages ({@link PortalPageController}) and their assets (static/), open to anyone:
 * the pages hold no data of their own; what they show comes from the API, with the caller's own
 * credentials. The service worker {@code /sw.js} is served at the root so that its scope is the
 * whole portal, beside the web app's manifest.
 */
@Configuration(proxyBeanMethods = false)
class PortalPages {

    @Bean
    PublicEndpoints portalPageEndpoints() {
        return PublicEndpoints.get("/", "/index.html", "/venue.html", "/scanner.html", "/admin.html",
                "/risk.html", "/officials.html", "/feedback.html", "/assets/**", "/vendor/**", "/favicon.ico",
                "/sw.js", "/manifest.webmanifest");
    }
}
