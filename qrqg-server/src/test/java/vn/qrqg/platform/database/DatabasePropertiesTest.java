package vn.qrqg.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabasePropertiesTest {
    private static final DatabaseLogin RUNTIME = new DatabaseLogin("jdbc:postgresql://primary/qrqg", "qrqg_app", "secret");

    @Test
    void withoutAReadUrlThereIsNoReplica() {
        assertThat(properties(null, null, null, 10).hasReplica()).isFalse();
        assertThat(properties(" ", null, null, 10).hasReplica()).isFalse();
    }

    @Test
    void theReplicaSignsInAsTheRuntimeRoleUnlessAReadUserIsSet() {
        assertThat(properties("jdbc:postgresql://replica/qrqg", null, null, 10).replica(RUNTIME))
                .isEqualTo(new DatabaseLogin("jdbc:postgresql://replica/qrqg", "qrqg_app", "secret"));
        assertThat(properties("jdbc:postgresql://replica/qrqg", "reader", "other", 10).replica(RUNTIME))
                .isEqualTo(new DatabaseLogin("jdbc:postgresql://replica/qrqg", "reader", "other"));
    }

    @Test
    void aReadPoolOfNoConnectionIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> properties("jdbc:postgresql://replica/qrqg", null, null, 0))
                .hasMessageContaining("qrqg.database.read-pool-size");
    }

    private static DatabaseProperties properties(String readUrl, String readUser, String readPassword, int readPoolSize) {
        return new DatabaseProperties("jdbc:postgresql://primary/qrqg", "qrqg_app", "secret", null, null, 40, readUrl,
                readUser, readPassword, readPoolSize);
    }
}
