package vn.qrqg.portal.internal;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import vn.qrqg.platform.idempotency.IdempotentCaller;
import vn.qrqg.sms.PhoneNumber;

/**
 * The signed-in citizen of a portal request: their mobile number, from the session cookie.
 * The cookie's value is kept so that signing out can end this very session.
 */
record PortalUser(PhoneNumber phone, String cookieValue) implements IdempotentCaller {

    /** The account's Idempotency-Keys, in every tab and session of its phone (stored as an HMAC only). */
    @Override
    public String idempotencyScope() {
        return "portal:" + phone.e164();
    }

    @Override
    public String toString() {
        return "PortalUser[" + phone + "]"; // masked; never the cookie
    }

    /** What Spring Security holds for the request. */
    static final class Authentication extends AbstractAuthenticationToken {
        private static final long serialVersionUID = 1L;

        private final transient PortalUser user;

        Authentication(PortalUser user) {
            super(List.of());
            this.user = user;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public PortalUser getPrincipal() {
            return user;
        }
    }
}
