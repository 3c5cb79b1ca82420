package vn.qrqg.clients.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.platform.secrets.KeySealer;

/**
 * The RSA key that signs access tokens (RS256: cheap to verify on every call), sealed by the
 * platform's {@link KeySealer} in {@code clients_token_key}, where every instance and every
 * restart finds the same one.
 */
final class TokenKeys {

    private TokenKeys() {
    }

    /** A new key, in memory. */
    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyIDFromThumbprint().build();
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key: " + e.getMessage(), e);
        }
    }

    /**
     * The newest sealed key of {@code clients_token_key}, generating and storing the first one.
     * Instances that start together wait on a table lock; the later ones take the first's key.
     */
    static RSAKey loadOrCreate(JdbcClient jdbc, TransactionTemplate transactions, KeySealer sealer) {
        return transactions.execute(tx -> {
            jdbc.sql("lock table clients_token_key in share row exclusive mode").update();
            return jdbc.sql("select kid, public_key, private_key_sealed from clients_token_key "
                            + "order by created_at desc, kid limit 1")
                    .query((rs, n) -> unseal(rs.getString("kid"), rs.getBytes("public_key"),
                            rs.getBytes("private_key_sealed"), sealer))
                    .optional()
                    .orElseGet(() -> insert(jdbc, sealer, generate()));
        });
    }

    private static RSAKey insert(JdbcClient jdbc, KeySealer sealer, RSAKey key) {
        try {
            byte[] pkcs8 = key.toPrivateKey().getEncoded();
            try {
                jdbc.sql("insert into clients_token_key (kid, public_key, private_key_sealed) values (:kid, :pub, :sealed)")
                        .param("kid", key.getKeyID()).param("pub", key.toPublicKey().getEncoded())
                        .param("sealed", sealer.seal(key.getKeyID(), pkcs8)).update();
                return key;
            } finally {
                Arrays.fill(pkcs8, (byte) 0);
            }
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot encode the token-signing key: " + e.getMessage(), e);
        }
    }

    private static RSAKey unseal(String kid, byte[] publicKey, byte[] sealed, KeySealer sealer) {
        byte[] pkcs8;
        try {
            pkcs8 = sealer.unseal(kid, sealed);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("the access-token signing key in clients_token_key cannot be used: "
                    + e.getMessage() + ". Set the key-encryption key it was sealed under, or delete the rows of "
                    + "clients_token_key to start with a new signing key (issued tokens then stop working)", e);
        }
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAKey key = new RSAKey.Builder((RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(publicKey)))
                    .privateKey((RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)))
                    .keyIDFromThumbprint().build();
            if (!key.getKeyID().equals(kid)) {
                throw new IllegalStateException("the token-signing key " + kid + " holds the key of kid " + key.getKeyID());
            }
            return key;
        } catch (GeneralSecurityException | JOSEException | ClassCastException e) {
            throw new IllegalStateException("the token-signing key " + kid + " is not a usable RSA key: " + e.getMessage(), e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }
}
