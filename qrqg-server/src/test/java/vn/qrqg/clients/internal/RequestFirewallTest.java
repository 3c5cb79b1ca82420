package vn.qrqg.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequestFirewallTest {
    /** StrictHttpFirewall's own default rule for header and parameter names and values. */
    private static final Pattern DEFAULT_RULE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void acceptsPrintableTextInAnyScriptAndRefusesControlCharacters() {
        assertThat(RequestFirewall.assignedAndNotControl("Bearer eyJ.abc")).isTrue();
        assertThat(RequestFirewall.assignedAndNotControl("Nguyễn Thu Mai 😷")).isTrue();
        assertThat(RequestFirewall.assignedAndNotControl("a\r\nSet-Cookie: x=1")).isFalse();
        assertThat(RequestFirewall.assignedAndNotControl("tab\there")).isFalse();
        assertThat(RequestFirewall.assignedAndNotControl("\u0085")).isFalse();
        assertThat(RequestFirewall.assignedAndNotControl("\u0378")).isFalse(); // unassigned
    }

    @Test
    void aParameterValueMayHoldLineBreaksAsATextFieldDoesButNoOtherControl() {
        assertThat(RequestFirewall.textValue("Dòng một\r\nDòng hai\tcột")).isTrue();
        assertThat(RequestFirewall.textValue("a\u0000b")).isFalse();
        assertThat(RequestFirewall.textValue("\u0085")).isFalse();
        assertThat(RequestFirewall.textValue("\u0378")).isFalse();
    }

    @Test
    void agreesWithTheDefaultRuleOnEveryCodePointAndOnRandomStrings() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String text = Character.toString(c);
            if (RequestFirewall.assignedAndNotControl(text) != DEFAULT_RULE.matcher(text).matches()) {
                throw new AssertionError("differs at U+" + Integer.toHexString(c));
            }
        }
        Random random = new Random(733);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(6); j > 0; j--) {
                text.appendCodePoint(random.nextInt(8) == 0 ? random.nextInt(0x110000) : random.nextInt(0x180));
            }
            String value = text.toString();
            assertThat(RequestFirewall.assignedAndNotControl(value)).as(value)
                    .isEqualTo(DEFAULT_RULE.matcher(value).matches());
        }
    }
}
