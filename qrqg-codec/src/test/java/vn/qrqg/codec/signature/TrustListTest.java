package vn.qrqg.codec.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustListTest {
    private final InMemorySigner first = InMemorySigner.generate();
    private final InMemorySigner second = InMemorySigner.generate();

    private static TrustedKey trusted(InMemorySigner signer, KeyStatus status) {
        return new TrustedKey(signer.keyId(), signer.publicKey(), status);
    }

    @Test
    void findsKeysByKid() {
        TrustList list = TrustList.of(List.of(trusted(first, KeyStatus.ACTIVE), trusted(second, KeyStatus.RETIRED)));

        assertThat(list.find(second.keyId())).contains(trusted(second, KeyStatus.RETIRED));
        assertThat(list.find("AAAAAAAA")).isEmpty();
        assertThat(list.find(null)).isEmpty();
        assertThat(list.keys()).extracting(TrustedKey::kid).containsExactly(first.keyId(), second.keyId());
    }

    @Test
    void withAddsANewKeyAndReplacesOneWithTheSameKidInPlace() {
        TrustList list = TrustList.empty()
                .with(trusted(first, KeyStatus.ACTIVE))
                .with(trusted(second, KeyStatus.ACTIVE))
                .with(trusted(first, KeyStatus.REVOKED));

        assertThat(list.keys()).containsExactly(trusted(first, KeyStatus.REVOKED), trusted(second, KeyStatus.ACTIVE));
        assertThat(TrustList.empty().keys()).isEmpty();
    }

    @Test
    void isImmutable() {
        TrustList list = TrustList.of(List.of(trusted(first, KeyStatus.ACTIVE)));

        list.with(trusted(second, KeyStatus.ACTIVE));

        assertThat(list.keys()).hasSize(1);
        assertThatThrownBy(() -> list.keys().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsTwoKeysWithTheSameKid() {
        assertThatThrownBy(() -> TrustList.of(List.of(trusted(first, KeyStatus.ACTIVE), trusted(first, KeyStatus.REVOKED))))
                .isInstanceOf(TrustListException.class)
                .hasMessageContaining("keys[1]")
                .hasMessageContaining("appears twice");
    }

    @Test
    void trustedKeyRejectsAKidThatIsNotItsKeys() {
        assertThatThrownBy(() -> new TrustedKey(second.keyId(), first.publicKey(), KeyStatus.ACTIVE))
                .isInstanceOf(TrustListException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void trustedKeyRejectsOtherCurves() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        ECPublicKey p384 = (ECPublicKey) generator.generateKeyPair().getPublic();

        assertThatThrownBy(() -> new TrustedKey(KeyIds.of(p384), p384, KeyStatus.ACTIVE))
                .isInstanceOf(TrustListException.class)
                .hasMessageContaining("P-256");
    }

    @Test
    void statusesMapToTheirJwkValues() {
        assertThat(KeyStatus.fromJwk(null)).isEqualTo(KeyStatus.ACTIVE);
        for (KeyStatus status : KeyStatus.values()) {
            assertThat(KeyStatus.fromJwk(status.jwkValue())).isEqualTo(status);
        }
        assertThat(KeyStatus.RETIRED.jwkValue()).isEqualTo("retired");
        assertThatThrownBy(() -> KeyStatus.fromJwk("Revoked")).isInstanceOf(TrustListException.class);
    }

    @Test
    void writesCoordinatesAsExactly32Bytes() {
        assertThat(P256.toFixedBytes(BigInteger.ONE)).hasSize(32).endsWith(1).startsWith(0, 0);
        assertThat(P256.toFixedBytes(BigInteger.ONE.shiftLeft(255))).hasSize(32).startsWith((byte) 0x80);
    }
}
