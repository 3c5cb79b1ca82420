package vn.qrqg.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.security.SecureRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.platform.PlatformTestSupport;
import vn.qrqg.platform.secrets.KeySealer;

/**
 * The sealed token-signing key in the database. The running context loaded its key at start and
 * holds it in memory, so these tests may empty the table (and empty it again when they are done,
 * leaving no row sealed under one of their throwaway keys).
 */
class TokenKeysIT extends PlatformTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    KeySealer platformSealer;

    @BeforeEach
    @AfterEach
    void startWithoutAKey() {
        jdbc.sql("delete from clients_token_key").update();
    }

    @Test
    void sealsTheKeyWithThePlatformsSealer() {
        RSAKey created = TokenKeys.loadOrCreate(jdbc, transactions(), platformSealer);

        assertThat(TokenKeys.loadOrCreate(jdbc, transactions(), platformSealer).getKeyID()).isEqualTo(created.getKeyID());
    }

    @Test
    void keepsOneSealedKeyThatRestartsAndOtherInstancesShare() {
        byte[] kek = randomKey();

        RSAKey first = TokenKeys.loadOrCreate(jdbc, transactions(), sealer(kek));
        RSAKey afterRestart = TokenKeys.loadOrCreate(jdbc, transactions(), sealer(kek.clone()));

        assertThat(afterRestart.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(afterRestart.getPrivateExponent()).isEqualTo(first.getPrivateExponent());
        assertThat(jdbc.sql("select count(*) from clients_token_key").query(Integer.class).single()).isOne();
    }

    @Test
    void refusesToStartUnderAnotherKeyEncryptionKeyNamingIt() {
        TokenKeys.loadOrCreate(jdbc, transactions(), sealer(randomKey()));

        assertThatThrownBy(() -> TokenKeys.loadOrCreate(jdbc, transactions(), sealer(randomKey())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("QRQG_KEY_ENCRYPTION_KEY")
                .hasMessageContaining("clients_token_key");
    }

    private TransactionTemplate transactions() {
        return new TransactionTemplate(transactionManager);
    }

    private static KeySealer sealer(byte[] keyEncryptionKey) {
        return new KeySealer(keyEncryptionKey, "QRQG_KEY_ENCRYPTION_KEY");
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
