package vn.qrqg.clients.internal;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall with its default rules, where the check that header and
 * parameter names and values hold only assigned, non-control characters is a loop instead of the
 * regular expression it runs on every header read (several per request, a few percent of the
 * platform's CPU under load). Parameter values may also hold a tab and line breaks, as JSON texts
 * may ({@code PrintableText}): a form's text field (a citizen's feedback) is written on several
 * lines. Header names and values, and parameter names, never.
 */
final class RequestFirewall {

    private RequestFirewall() {
    }

    static StrictHttpFirewall strict() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(RequestFirewall::assignedAndNotControl);
        firewall.setAllowedHeaderValues(RequestFirewall::assignedAndNotControl);
        firewall.setAllowedParameterNames(RequestFirewall::assignedAndNotControl);
        firewall.setAllowedParameterValues(RequestFirewall::textValue);
        return firewall;
    }

    /** {@link #assignedAndNotControl}, but for tab, line feed and carriage return. */
    static boolean textValue(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isDefined(c) || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
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
