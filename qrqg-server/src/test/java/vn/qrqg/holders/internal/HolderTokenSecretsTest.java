package vn.qrqg.holders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolderTokenSecretsTest {

    @Test
    void aTokenIs256RandomBitsInBase64urlWithoutPadding() {
        String token = HolderTokenSecrets.generate();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void everyTokenIsNewAndWellFormed() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String token = HolderTokenSecrets.generate();
            assertThat(HolderTokenSecrets.isWellFormed(token)).as(token).isTrue();
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1_000);
    }

    @Test
    void theHashIsTheSha256OfTheTokenAndTheSameEachTime() {
        String token = HolderTokenSecrets.generate();
        assertThat(HolderTokenSecrets.hash(token)).hasSize(32).isEqualTo(HolderTokenSecrets.hash(token));
        assertThat(HolderTokenSecrets.hash(token)).isNotEqualTo(HolderTokenSecrets.hash(HolderTokenSecrets.generate()));
    }

    @Test
    void anythingThePlatformCouldNotHaveMadeIsNotWellFormed() {
        String token = HolderTokenSecrets.generate();
        assertThat(HolderTokenSecrets.isWellFormed(null)).isFalse();
        assertThat(HolderTokenSecrets.isWellFormed("")).isFalse();
        assertThat(HolderTokenSecrets.isWellFormed(token.substring(1))).isFalse();
        assertThat(HolderTokenSecrets.isWellFormed(token + "A")).isFalse();
        assertThat(HolderTokenSecrets.isWellFormed(token + "=")).isFalse();
        assertThat(HolderTokenSecrets.isWellFormed("+" + token.substring(1))).isFalse();
        assertThat(HolderTokenSecrets.isWellFormed(" " + token.substring(1))).isFalse();
        // the last character's two unused bits must be zero: 'B' sets one
        assertThat(HolderTokenSecrets.isWellFormed(token.substring(0, 42) + "B")).isFalse();
        assertThat(HolderTokenSecrets.isWellFormed(token.substring(0, 42) + "A")).isTrue();
    }
}
