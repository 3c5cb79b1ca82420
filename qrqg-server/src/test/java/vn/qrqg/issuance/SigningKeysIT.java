package vn.qrqg.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.interfaces.ECPrivateKey;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.qrqg.codec.signature.InMemorySigner;
import vn.qrqg.codec.signature.KeyStatus;
import vn.qrqg.platform.secrets.KeySealer;
import vn.qrqg.issuance.internal.SigningKeyRepository;
import vn.qrqg.platform.database.Notifications;
import vn.qrqg.platform.events.EventOutbox;

class SigningKeysIT extends IssuanceTestSupport {

    @Autowired
    SigningKeys signingKeys;
    @Autowired
    SigningKeyRepository repository;
    @Autowired
    KeySealer sealer;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    IssuanceProperties properties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventOutbox outbox;
    @Autowired
    Notifications notifications;

    @Test
    void keepsExactlyOneKeyActive() {
        signingKeys.activeSigner();
        signingKeys.rotate();
        assertThat(jdbc.sql("select count(*) from issuance_signing_key where status = 'active'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void storesPrivateKeysEncryptedRatherThanAsPkcs8() {
        InMemorySigner signer = (InMemorySigner) signingKeys.activeSigner();
        byte[] stored = jdbc.sql("select private_key_sealed from issuance_signing_key where kid = :kid")
                .param("kid", signer.keyId()).query(byte[].class).single();
        byte[] pkcs8 = signer.privateKey().getEncoded();
        byte[] scalar = toUnsigned32(((ECPrivateKey) signer.privateKey()).getS());

        assertThat(stored).isNotEqualTo(pkcs8);
        assertThat(contains(stored, pkcs8)).isFalse();
        assertThat(contains(stored, scalar)).isFalse();
    }

    @Test
    void aNewInstanceReadingTheTableSignsWithTheSameActiveKey() {
        String active = signingKeys.activeSigner().keyId();
        SigningKeys another = new SigningKeys(repository, sealer, transactionManager, properties, outbox, notifications);
        assertThat(another.activeSigner().keyId()).isEqualTo(active);
        assertThat(another.trustList().find(active).orElseThrow().status()).isEqualTo(KeyStatus.ACTIVE);
    }

    @Test
    void anotherInstanceNoticesARotationOnceItsCheckIntervalHasPassed() {
        SigningKeys another = new SigningKeys(repository, sealer, transactionManager,
                new IssuanceProperties(java.time.Duration.ZERO, properties.proof(), properties.holderRevocationsPerDay()), outbox, notifications);
        another.activeSigner();
        String rotated = signingKeys.rotate().active().kid();
        assertThat(another.activeSigner().keyId()).isEqualTo(rotated);
    }

    @Test
    void rotationRetiresThePreviousKeyInTheTable() {
        String before = signingKeys.activeSigner().keyId();
        Rotation rotation = signingKeys.rotate();
        assertThat(rotation.previous().kid()).isEqualTo(before);
        assertThat(rotation.previous().status()).isEqualTo(KeyStatus.RETIRED);
        assertThat(rotation.previous().retiredAt()).isNotNull();
        assertThat(rotation.active().status()).isEqualTo(KeyStatus.ACTIVE);
        assertThat(signingKeys.activeSigner().keyId()).isEqualTo(rotation.active().kid());
    }

    @Test
    void revokingAnUnknownKidSaysWhichKid() {
        assertThatThrownBy(() -> signingKeys.revoke("NoSuchK2"))
                .isInstanceOf(SigningKeyNotFoundException.class).hasMessageContaining("NoSuchK2");
    }

    @Test
    void revokingTwiceChangesNothingTheSecondTime() {
        String retired = signingKeys.rotate().previous().kid();
        Revocation first = signingKeys.revoke(retired);
        Revocation second = signingKeys.revoke(retired);
        assertThat(second.revoked()).isEqualTo(first.revoked());
    }

    private static byte[] toUnsigned32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return fixed;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
