package vn.qrqg.bench.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** Load goes to this machine only, unless the operator says otherwise in so many words. */
final class LoopbackGuard {
    private LoopbackGuard() {
    }

    /** True when every address the URL's host names is a loopback address (127.0.0.0/8, ::1). */
    static boolean isLoopback(URI url) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(url.getHost());
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static void check(LoadOptions options) {
        if (!options.allowNonLoopback() && !isLoopback(options.url())) {
            throw new IllegalArgumentException("--url " + options.url() + " is not on this machine's loopback "
                    + "interface; load-testing another host needs --allow-non-loopback");
        }
    }
}
