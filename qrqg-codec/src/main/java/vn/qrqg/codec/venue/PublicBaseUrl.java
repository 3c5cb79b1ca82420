package vn.qrqg.codec.venue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * One public base URL of the platform, reduced to what identifies it: scheme and host in
 * lower case (both are case-insensitive), the effective port and the path without a
 * trailing {@code /} (usually empty).
 */
record PublicBaseUrl(String scheme, String host, int port, String path) {

    static PublicBaseUrl parse(String baseUrl) {
        URI uri;
        try {
            uri = new URI(baseUrl);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + baseUrl, e);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException("a public base URL is http or https: " + baseUrl);
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("a public base URL is scheme://host[:port][/path]: " + baseUrl);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new PublicBaseUrl(scheme, uri.getHost().toLowerCase(Locale.ROOT), effectivePort(scheme, uri.getPort()), path);
    }

    /** The base without a trailing {@code /}, as written (so {@code of} keeps the caller's spelling). */
    static String withoutTrailingSlash(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** True when a parsed URL has this base's scheme, host and port. */
    boolean sameOrigin(URI uri) {
        String otherScheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals(otherScheme)
                && host.equalsIgnoreCase(uri.getHost())
                && port == effectivePort(otherScheme, uri.getPort());
    }

    static int effectivePort(String scheme, int port) {
        if (port >= 0) {
            return port;
        }
        return "https".equals(scheme) ? 443 : 80;
    }
}
