package vn.qrqg.codec.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class InMemorySignerTest {
    private static final byte[] MESSAGE = "a QR text<".getBytes(StandardCharsets.UTF_8);

    private final InMemorySigner signer = InMemorySigner.generate();

    private static boolean verifies(ECPublicKey publicKey, byte[] signature) {
        EcdsaBackend jdk = EcdsaP256.jdk(); // an independent check, whichever provider signed
        return jdk.verify(jdk.publicKey(publicKey), MESSAGE, signature);
    }

    @Test
    void signsWithTheKeyItGenerated() {
        byte[] signature = signer.sign(MESSAGE);

        assertThat(signature).hasSize(64);
        assertThat(verifies(signer.publicKey(), signature)).isTrue();
        assertThat(signer.keyId()).isEqualTo(KeyIds.of(signer.publicKey()));
    }

    @Test
    void generatesADifferentKeyEachTime() {
        assertThat(InMemorySigner.generate().keyId()).isNotEqualTo(signer.keyId());
    }

    @Test
    void readsBackThePemItWrites() {
        String privatePem = signer.privateKeyPem();
        String publicPem = signer.publicKeyPem();

        InMemorySigner loaded = InMemorySigner.fromPem(privatePem, publicPem);

        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(loaded.keyId()).isEqualTo(signer.keyId());
        assertThat(verifies(signer.publicKey(), loaded.sign(MESSAGE))).isTrue();
    }

    @Test
    void acceptsKeysThatConscryptGenerated() throws Exception {
        assumeThat(EcdsaP256.conscrypt()).isPresent();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", EcdsaP256.conscrypt().orElseThrow().provider());
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();

        InMemorySigner fromConscrypt = InMemorySigner.of(pair.getPrivate(), (ECPublicKey) pair.getPublic());

        assertThat(verifies(fromConscrypt.publicKey(), fromConscrypt.sign(MESSAGE))).isTrue();
        assertThat(InMemorySigner.fromPem(fromConscrypt.privateKeyPem(), fromConscrypt.publicKeyPem()).keyId())
                .isEqualTo(fromConscrypt.keyId());
    }

    @Test
    void rejectsAPublicKeyThatDoesNotBelongToThePrivateKey() {
        InMemorySigner other = InMemorySigner.generate();

        assertThatThrownBy(() -> InMemorySigner.fromPem(signer.privateKeyPem(), other.publicKeyPem()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("do not belong together");
        assertThatThrownBy(() -> InMemorySigner.of(signer.privateKey(), other.publicKey()))
                .hasMessageContaining("do not belong together");
    }

    @Test
    void rejectsKeysOnOtherCurves() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        KeyPair p384 = generator.generateKeyPair();
        String privatePem = pem("PRIVATE KEY", p384.getPrivate().getEncoded());
        String publicPem = pem("PUBLIC KEY", p384.getPublic().getEncoded());

        assertThatThrownBy(() -> InMemorySigner.fromPem(privatePem, signer.publicKeyPem()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("private key is not on P-256");
        assertThatThrownBy(() -> InMemorySigner.fromPem(signer.privateKeyPem(), publicPem))
                .hasMessageContaining("public key is not on P-256");
        assertThatThrownBy(() -> InMemorySigner.of((ECPrivateKey) p384.getPrivate(), signer.publicKey()))
                .hasMessageContaining("P-256");
    }

    @Test
    void rejectsKeysOfOtherAlgorithms() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair rsa = generator.generateKeyPair();

        assertThatThrownBy(() -> InMemorySigner.fromPem(pem("PRIVATE KEY", rsa.getPrivate().getEncoded()), signer.publicKeyPem()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a PKCS#8 EC key");
        assertThatThrownBy(() -> InMemorySigner.of(rsa.getPrivate(), signer.publicKey()))
                .hasMessageContaining("RSA");
    }

    @Test
    void explainsWhatIsWrongWithUnreadablePem() {
        assertThatThrownBy(() -> InMemorySigner.fromPem("", signer.publicKeyPem())).hasMessageContaining("empty");
        assertThatThrownBy(() -> InMemorySigner.fromPem(signer.publicKeyPem(), signer.publicKeyPem()))
                .hasMessageContaining("BEGIN PRIVATE KEY");
        String sec1 = signer.privateKeyPem().replace("PRIVATE KEY", "EC PRIVATE KEY");
        assertThatThrownBy(() -> InMemorySigner.fromPem(sec1, signer.publicKeyPem()))
                .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt");
        String broken = signer.privateKeyPem().replace("\n-----END", "!!\n-----END");
        assertThatThrownBy(() -> InMemorySigner.fromPem(broken, signer.publicKeyPem()))
                .hasMessageContaining("not valid base64");
    }

    @Test
    void neverPrintsThePrivateKey() {
        String secret = ((ECPrivateKey) signer.privateKey()).getS().toString(16);
        String pemBody = signer.privateKeyPem().split("\n")[1];

        assertThat(signer.toString())
                .contains(signer.keyId())
                .doesNotContain(secret)
                .doesNotContain(pemBody);
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + label + "-----\n";
    }
}
