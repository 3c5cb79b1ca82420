package vn.qrqg.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The citizen portal's settings ({@code qrqg.portal}, docs/portal.md).
 *
 * @param sessionDuration how long a sign-in lasts in a browser (the cookie and its server row)
 * @param codeValidity how long a sign-in code sent by SMS works
 * @param maxCodeAttempts wrong codes a sign-in takes before its code is void
 * @param codesPerPhonePerHour sign-in codes one mobile number may be sent in an hour: what stops
 *        one caller from flooding a phone or the SMS budget
 * @param peopleRetention how long an account's people (phone, QIDs, sealed holder tokens) are kept
 *        after its phone last signed in, once no session of it is left: then they are removed and
 *        their holder tokens revoked (Regulation 733)
 */
@ConfigurationProperties("qrqg.portal")
public record PortalProperties(@DefaultValue("30d") Duration sessionDuration, @DefaultValue("10m") Duration codeValidity,
        @DefaultValue("5") int maxCodeAttempts, @DefaultValue("3") int codesPerPhonePerHour,
        @DefaultValue("30d") Duration peopleRetention) {

    public PortalProperties {
        if (!positive(sessionDuration) || !positive(codeValidity) || !positive(peopleRetention)) {
            throw new IllegalArgumentException("qrqg.portal.session-duration, code-validity and people-retention must "
                    + "be positive");
        }
        if (maxCodeAttempts < 1 || codesPerPhonePerHour < 1) {
            throw new IllegalArgumentException("qrqg.portal.max-code-attempts and codes-per-phone-per-hour must be 1 "
                    + "or more");
        }
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }
}
