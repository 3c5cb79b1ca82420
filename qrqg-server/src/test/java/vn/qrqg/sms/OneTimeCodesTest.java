package vn.qrqg.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.qrqg.sms.OneTimeCodes.Outcome;

class OneTimeCodesTest {
    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void codesAreSixDigitsLeadingZerosIncluded() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String code = OneTimeCodes.newCode();
            assertThat(code).matches("[0-9]{6}");
            assertThat(OneTimeCodes.isCodeShaped(code)).isTrue();
            codes.add(code);
        }
        assertThat(codes).hasSizeGreaterThan(1_990); // random, not a counter
    }

    @Test
    void onlySixAsciiDigitsAreCodeShaped() {
        for (String bad : new String[] {null, "", "12345", "1234567", "12345a", " 12345", "١٢٣٤٥٦"}) {
            assertThat(OneTimeCodes.isCodeShaped(bad)).as(String.valueOf(bad)).isFalse();
        }
    }

    @Test
    void aCodeMatchesItsOwnIdOnly() {
        UUID id = UUID.randomUUID();
        byte[] hash = OneTimeCodes.hash(id, "042917");
        assertThat(OneTimeCodes.matches(hash, id, "042917")).isTrue();
        assertThat(OneTimeCodes.matches(hash, id, "042918")).isFalse();
        assertThat(OneTimeCodes.matches(hash, UUID.randomUUID(), "042917")).isFalse();
        assertThat(hash).hasSize(32);
    }

    @Test
    void theRightCodeInTimeIsAcceptedAndAWrongOneCountsDownToVoid() {
        UUID id = UUID.randomUUID();
        byte[] hash = OneTimeCodes.hash(id, "123456");
        Instant expires = NOW.plusSeconds(60);
        assertThat(OneTimeCodes.check(new OneTimeCodes.Pending(id, hash, expires, 0), "123456", NOW, 3).outcome())
                .isEqualTo(Outcome.ACCEPTED);
        assertThat(OneTimeCodes.check(new OneTimeCodes.Pending(id, hash, expires, 0), "000000", NOW, 3))
                .isEqualTo(new OneTimeCodes.Check(Outcome.WRONG_CODE, 2, true));
        assertThat(OneTimeCodes.check(new OneTimeCodes.Pending(id, hash, expires, 2), "000000", NOW, 3))
                .isEqualTo(new OneTimeCodes.Check(Outcome.TOO_MANY_ATTEMPTS, 0, true));
        // void: even the right code no longer works, and nothing more is counted
        assertThat(OneTimeCodes.check(new OneTimeCodes.Pending(id, hash, expires, 3), "123456", NOW, 3))
                .isEqualTo(new OneTimeCodes.Check(Outcome.TOO_MANY_ATTEMPTS, 0, false));
    }

    @Test
    void anExpiredCodeIsRefusedEvenWhenRight() {
        UUID id = UUID.randomUUID();
        var pending = new OneTimeCodes.Pending(id, OneTimeCodes.hash(id, "123456"), NOW, 0);
        assertThat(OneTimeCodes.check(pending, "123456", NOW, 3).outcome()).isEqualTo(Outcome.CODE_EXPIRED);
    }

    @Test
    void retryAfterIsWhenTheOldestCodeLeavesTheWindowAtLeastASecond() {
        assertThat(OneTimeCodes.retryAfter(NOW.minusSeconds(600), Duration.ofHours(1), NOW)).isEqualTo(Duration.ofMinutes(50));
        assertThat(OneTimeCodes.retryAfter(NOW.minusSeconds(3600), Duration.ofHours(1), NOW)).isEqualTo(Duration.ofSeconds(1));
    }
}
