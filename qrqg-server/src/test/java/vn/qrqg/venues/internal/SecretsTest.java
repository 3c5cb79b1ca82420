package vn.qrqg.venues.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void ownerTokensCarryTheirPrefixAnd256RandomBits() {
        String token = Secrets.newOwnerToken();
        assertThat(token).startsWith("qo_").matches("qo_[A-Za-z0-9_-]{43}").isNotEqualTo(Secrets.newOwnerToken());
        assertThat(Secrets.ownerTokenHash(token)).matches("[0-9a-f]{64}").isEqualTo(Secrets.ownerTokenHash(token));
    }
}
