package vn.qrqg.clients.internal;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall with its default rules, where the check that header and
 * parameter names and values hold only assigned, non-control characters is a loop instead of the
 * regular expression it runs on every header read (several per request, a few percent of the
 * platform's CPU under load).
 */
final class RequestFirewall {

    private RequestFirewall() {
    }

    static StrictHttpFirewall strict() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(RequestFirewall::assignedAndNotControl);
        firewall.setAllowedHeaderValues(RequestFirewall::assignedAndNotControl);
        firewall.setAllowedParameterNames(RequestFirewall::assignedAndNotControl);
        firewall.setAllowedParameterValues(RequestFirewall::assignedAndNotControl);
        return firewall;
    }

    /** The same as StrictHttpFirewall's default pattern {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}. */
    static boolean assignedAndNotControl(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isDefined(c) || Character.isISOControl(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
