package vn.qrqg.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.security.SecureRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.platform.PlatformTestSupport;

/**
 * The sealed token-signing key in the database. The running context holds its key in memory
 * already (loaded at start, or generated when no key-encryption key is set), so these tests may
 * empty the table.
 */
class TokenKeysIT extends PlatformTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void startWithoutAKey() {
        jdbc.sql("delete from clients_token_key").update();
    }

    @Test
    void keepsOneSealedKeyThatRestartsAndOtherInstancesShare() {
        byte[] kek = randomKey();

        RSAKey first = TokenKeys.loadOrCreate(jdbc, transactions(), new TokenKeySealer(kek));
        RSAKey afterRestart = TokenKeys.loadOrCreate(jdbc, transactions(), new TokenKeySealer(kek.clone()));

        assertThat(afterRestart.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(afterRestart.getPrivateExponent()).isEqualTo(first.getPrivateExponent());
        assertThat(jdbc.sql("select count(*) from clients_token_key").query(Integer.class).single()).isOne();
    }

    @Test
    void refusesToStartUnderAnotherKeyEncryptionKeyNamingIt() {
        TokenKeys.loadOrCreate(jdbc, transactions(), new TokenKeySealer(randomKey()));

        assertThatThrownBy(() -> TokenKeys.loadOrCreate(jdbc, transactions(), new TokenKeySealer(randomKey())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("QRQG_TOKEN_KEY_ENCRYPTION_KEY")
                .hasMessageContaining("clients_token_key");
    }

    private TransactionTemplate transactions() {
        return new TransactionTemplate(transactionManager);
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
