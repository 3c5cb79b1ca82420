package vn.qrqg.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void readsTheWaysPeopleWriteAMobileNumber() {
        for (String written : new String[] {"0912345678", "0912 345 678", "0912.345.678", "0912-345-678",
                "+84912345678", "+84 912 345 678", "84912345678", "(+84) 912345678"}) {
            assertThat(PhoneNumber.parse(written)).as(written).contains(new PhoneNumber("0912345678"));
        }
    }

    @Test
    void refusesWhatIsNoVietnameseMobileNumber() {
        for (String written : new String[] {"", "091234567", "09123456789", "0212345678", "1912345678", "+1 912345678",
                "09123456a8", "0912345678; drop table", null}) {
            assertThat(PhoneNumber.parse(written)).as(String.valueOf(written)).isEmpty();
        }
    }

    @Test
    void givesTheInternationalFormForGateways() {
        assertThat(new PhoneNumber("0387654321").e164()).isEqualTo("+84387654321");
    }

    @Test
    void masksAllButTheFirstFourDigitsEvenWhenLoggedByMistake() {
        PhoneNumber phone = new PhoneNumber("0912345678");
        assertThat(phone.masked()).isEqualTo("0912******");
        assertThat(phone.toString()).doesNotContain("345678").contains("0912******");
    }

    @Test
    void theHintShowsTheFirstTwoAndLastTwoDigitsAsACodeRecipientIsTold() {
        assertThat(new PhoneNumber("0912345678").hint()).isEqualTo("09******78");
        assertThat(new PhoneNumber("0791283527").hint()).isEqualTo("07******27");
    }

    @Test
    void theConstructorNeverRepeatsABadNumber() {
        assertThatThrownBy(() -> new PhoneNumber("0112345678")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("0112345678");
    }
}
