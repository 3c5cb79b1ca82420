package vn.qrqg.feed.internal;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import vn.qrqg.platform.web.FieldErrors;

/**
 * Which URLs an app may register for pushes: https, with a host whose every address is a public
 * one. A certified app must not make the platform call its own network (a cloud's metadata at
 * 169.254.169.254, a database at 10.x): loopback, private, shared (CGNAT), link-local, multicast
 * and reserved addresses are refused after DNS resolution, at registration and again before each
 * delivery (a name may resolve elsewhere later). {@code allowPrivate} (tests, closed networks)
 * lets http and any address through.
 */
final class PushUrls {
    static final int MAX_LENGTH = 2000;

    /** DNS, replaceable in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** The endpoint's host resolved to an address it may not lead to; a delivery's failure. */
    static final class RefusedAddressException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedAddressException() {
            super("the endpoint's host resolves to a loopback, private, link-local or multicast address");
        }
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    PushUrls(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The URL when it may be registered; otherwise null, with why in {@code errors} (never echoing it). */
    URI check(String url, String field, FieldErrors errors) {
        if (url == null || url.isBlank()) {
            return errors.fail(field, "is required");
        }
        if (url.length() > MAX_LENGTH) {
            return errors.fail(field, "must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean schemeAllowed = scheme.equals("https") || (allowPrivate && scheme.equals("http"));
        if (uri == null || !schemeAllowed || uri.getHost() == null || uri.getFragment() != null || uri.isOpaque()) {
            return errors.fail(field, allowPrivate ? "must be an http or https URL with a host, e.g. https://app.example.vn/qrqg/feed"
                    : "must be an https URL with a host, e.g. https://app.example.vn/qrqg/feed");
        }
        if (uri.getRawUserInfo() != null) {
            return errors.fail(field, "must not hold a user name or password: the signature shows a delivery is the platform's");
        }
        try {
            requirePublic(uri);
        } catch (UnknownHostException e) {
            return errors.fail(field, "names a host that does not resolve");
        } catch (RefusedAddressException e) {
            return errors.fail(field, "must lead to public addresses only, not to loopback, private, link-local or multicast ones");
        }
        return uri;
    }

    /** @throws RefusedAddressException when an address of the host is not public (unless private ones are allowed) */
    void requirePublic(URI uri) throws UnknownHostException, RefusedAddressException {
        if (allowPrivate) {
            return;
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        for (InetAddress address : resolver.resolve(host)) {
            if (!isPublic(address)) {
                throw new RefusedAddressException();
            }
        }
    }

    /** Whether {@code address} is a public unicast address: none of the special-purpose ranges. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) { // fc00::/7, unique local
                return false;
            }
            if (allZero(b, 0, 12)) { // ::/96, IPv4-compatible (and :: and ::1, caught above)
                return isPublicV4(slice(b, 12));
            }
            if (b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) {
                return isPublicV4(slice(b, 12)); // 64:ff9b::/96, NAT64
            }
            if (b[0] == 0x20 && b[1] == 0x02) { // 2002::/16, 6to4
                return isPublicV4(slice(b, 2));
            }
            return first != 0; // the rest of ::/8 is reserved
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        return !(a0 == 0 || a0 == 10 || a0 == 127 || a0 >= 224 // this network, private, loopback, multicast and reserved
                || (a0 == 100 && a1 >= 64 && a1 <= 127) // shared address space (CGNAT)
                || (a0 == 169 && a1 == 254) // link-local: cloud metadata
                || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)
                || (a0 == 192 && a1 == 0 && a2 == 0) // IETF protocol assignments
                || (a0 == 198 && (a1 == 18 || a1 == 19))); // benchmarking
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] b, int from) {
        return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
    }
}
