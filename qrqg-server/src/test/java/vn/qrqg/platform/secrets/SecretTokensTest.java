package vn.qrqg.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTokensTest {

    @Test
    void aTokenIs256RandomBitsInBase64urlWithoutPadding() {
        String token = SecretTokens.generate();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void everyTokenIsNewAndWellFormed() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String token = SecretTokens.generate();
            assertThat(SecretTokens.isWellFormed(token)).as(token).isTrue();
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1_000);
    }

    @Test
    void theHashIsTheSha256OfTheTokenAndTheSameEachTime() {
        String token = SecretTokens.generate();
        assertThat(SecretTokens.sha256(token)).hasSize(32).isEqualTo(SecretTokens.sha256(token));
        assertThat(SecretTokens.sha256(token)).isNotEqualTo(SecretTokens.sha256(SecretTokens.generate()));
    }

    @Test
    void anythingThePlatformCouldNotHaveMadeIsNotWellFormed() {
        String token = SecretTokens.generate();
        assertThat(SecretTokens.isWellFormed(null)).isFalse();
        assertThat(SecretTokens.isWellFormed("")).isFalse();
        assertThat(SecretTokens.isWellFormed(token.substring(1))).isFalse();
        assertThat(SecretTokens.isWellFormed(token + "A")).isFalse();
        assertThat(SecretTokens.isWellFormed(token + "=")).isFalse();
        assertThat(SecretTokens.isWellFormed("+" + token.substring(1))).isFalse();
        assertThat(SecretTokens.isWellFormed(" " + token.substring(1))).isFalse();
        // the last character's two unused bits must be zero: 'B' sets one
        assertThat(SecretTokens.isWellFormed(token.substring(0, 42) + "B")).isFalse();
        assertThat(SecretTokens.isWellFormed(token.substring(0, 42) + "A")).isTrue();
    }
}
