package vn.qrqg.codec.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EcdsaP256Test {
    private static final byte[] MESSAGE = "001093029317|NGUYEN LE KHA HAN|1987-01-18|0|162979388586171103|<1<<<"
            .getBytes(StandardCharsets.UTF_8);

    private final InMemorySigner keys = InMemorySigner.generate();

    @Test
    void namesTheProviderInUse() {
        assertThat(EcdsaP256.providerName()).matches("(Conscrypt .* \\(BoringSSL\\)|.* \\(JDK \\d+\\))");
    }

    @Test
    void prefersConscryptWhenItLoadsAndNothingForcesTheJdk() {
        assumeThat(System.getProperty(EcdsaP256.PROVIDER_PROPERTY)).isNull();
        assumeThat(EcdsaP256.conscrypt()).isPresent();

        assertThat(EcdsaP256.providerName()).startsWith("Conscrypt ");
    }

    @Test
    void jdkProviderSignsWhatItVerifies() {
        assertRoundTrip(EcdsaP256.jdk());
    }

    @Test
    void conscryptSignsWhatItVerifies() {
        assumeThat(EcdsaP256.conscrypt()).as("Conscrypt loads on this machine").isPresent();
        assertRoundTrip(EcdsaP256.conscrypt().orElseThrow());
    }

    private void assertRoundTrip(EcdsaBackend backend) {
        PrivateKey privateKey = backend.privateKey(keys.privateKey());
        PublicKey publicKey = backend.publicKey(keys.publicKey());
        for (int i = 0; i < 20; i++) {
            byte[] signature = backend.sign(privateKey, MESSAGE);

            assertThat(signature).hasSize(64);
            assertThat(backend.verify(publicKey, MESSAGE, signature)).isTrue();
            assertThat(backend.verify(publicKey, "another text".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
        }
    }

    @Test
    void signaturesOfEitherProviderVerifyWithTheOther() {
        assumeThat(EcdsaP256.conscrypt()).isPresent();
        EcdsaBackend jdk = EcdsaP256.jdk();
        EcdsaBackend conscrypt = EcdsaP256.conscrypt().orElseThrow();
        for (int i = 0; i < 20; i++) {
            byte[] byJdk = jdk.sign(jdk.privateKey(keys.privateKey()), MESSAGE);
            byte[] byConscrypt = conscrypt.sign(conscrypt.privateKey(keys.privateKey()), MESSAGE);

            assertThat(conscrypt.verify(conscrypt.publicKey(keys.publicKey()), MESSAGE, byJdk)).isTrue();
            assertThat(jdk.verify(jdk.publicKey(keys.publicKey()), MESSAGE, byConscrypt)).isTrue();
        }
    }

    @Test
    void junkSignaturesFailWithoutThrowingOnEveryProvider() {
        BigInteger n = P256.ORDER;
        byte[] zero = new byte[64];
        byte[] rIsN = concat(P256.toFixedBytes(n), P256.toFixedBytes(BigInteger.ONE));
        byte[] sIsN = concat(P256.toFixedBytes(BigInteger.ONE), P256.toFixedBytes(n));
        byte[] allOnes = new byte[64];
        Arrays.fill(allOnes, (byte) 0xFF);
        Random random = new Random(7);
        for (EcdsaBackend backend : TestBackends.all()) {
            PublicKey publicKey = backend.publicKey(keys.publicKey());
            for (byte[] junk : new byte[][] {null, new byte[0], new byte[63], new byte[65], zero, rIsN, sIsN, allOnes}) {
                assertThat(backend.verify(publicKey, MESSAGE, junk)).as(backend.name()).isFalse();
            }
            for (int i = 0; i < 200; i++) {
                byte[] junk = new byte[64];
                random.nextBytes(junk);
                assertThat(backend.verify(publicKey, MESSAGE, junk)).isFalse();
            }
            assertThat(backend.verify(publicKey, null, zero)).isFalse();
            assertThat(backend.verify(null, MESSAGE, zero)).isFalse();
        }
    }

    @Test
    void keepsVerifyingAfterAJunkSignature() {
        for (EcdsaBackend backend : TestBackends.all()) {
            PublicKey publicKey = backend.publicKey(keys.publicKey());
            byte[] good = backend.sign(backend.privateKey(keys.privateKey()), MESSAGE);

            assertThat(backend.verify(publicKey, MESSAGE, new byte[64])).isFalse();
            assertThat(backend.verify(publicKey, MESSAGE, good)).as(backend.name()).isTrue();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
