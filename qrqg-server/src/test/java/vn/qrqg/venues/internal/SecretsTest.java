package vn.qrqg.venues.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void codesAreSixDigitsLeadingZerosIncluded() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String code = Secrets.newCode();
            assertThat(code).matches("[0-9]{6}");
            assertThat(Secrets.isCodeShaped(code)).isTrue();
            codes.add(code);
        }
        assertThat(codes).hasSizeGreaterThan(1_990); // random, not a counter
    }

    @Test
    void onlySixAsciiDigitsAreCodeShaped() {
        for (String bad : new String[] {null, "", "12345", "1234567", "12345a", " 12345", "١٢٣٤٥٦"}) {
            assertThat(Secrets.isCodeShaped(bad)).as(String.valueOf(bad)).isFalse();
        }
    }

    @Test
    void aCodeMatchesItsOwnRegistrationOnly() {
        UUID registration = UUID.randomUUID();
        byte[] hash = Secrets.codeHash(registration, "042917");
        assertThat(Secrets.codeMatches(hash, registration, "042917")).isTrue();
        assertThat(Secrets.codeMatches(hash, registration, "042918")).isFalse();
        assertThat(Secrets.codeMatches(hash, UUID.randomUUID(), "042917")).isFalse();
        assertThat(hash).hasSize(32);
    }

    @Test
    void ownerTokensCarryTheirPrefixAnd256RandomBits() {
        String token = Secrets.newOwnerToken();
        assertThat(token).startsWith("qo_").matches("qo_[A-Za-z0-9_-]{43}").isNotEqualTo(Secrets.newOwnerToken());
        assertThat(Secrets.ownerTokenHash(token)).matches("[0-9a-f]{64}").isEqualTo(Secrets.ownerTokenHash(token));
    }
}
