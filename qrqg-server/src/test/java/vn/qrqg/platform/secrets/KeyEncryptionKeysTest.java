package vn.qrqg.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyEncryptionKeysTest {
    static final byte[] SECRET = "secret".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dataDir;

    @Test
    void takesTheKeyFromTheEnvironmentAndLeavesTheDataDirectoryAlone() {
        String configured = Base64.getEncoder().encodeToString(KeySealerTest.randomKey());
        KeySealer sealer = KeyEncryptionKeys.sealer(configured, dataDir);
        byte[] sealed = sealer.seal("AbCdEf12", SECRET);
        assertThat(KeyEncryptionKeys.sealer(configured, dataDir).unseal("AbCdEf12", sealed)).isEqualTo(SECRET);
        assertThat(sealer.toString()).contains("QRQG_KEY_ENCRYPTION_KEY");
        assertThat(dataDir.resolve(KeyEncryptionKeys.FILE_NAME)).doesNotExist();
    }

    @Test
    void acceptsAConfiguredKeyWithSurroundingWhitespace() {
        String configured = Base64.getEncoder().encodeToString(KeySealerTest.randomKey());
        byte[] sealed = KeyEncryptionKeys.sealer(configured + "\n", dataDir).seal("AbCdEf12", SECRET);
        assertThat(KeyEncryptionKeys.sealer(" " + configured, dataDir).unseal("AbCdEf12", sealed)).isEqualTo(SECRET);
    }

    @Test
    void refusesAConfiguredKeyOfTheWrongLengthNamingTheVariable() {
        String sixteen = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> KeyEncryptionKeys.sealer(sixteen, dataDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("QRQG_KEY_ENCRYPTION_KEY must be the base64 of 32 random bytes")
                .hasMessageContaining("it decodes to 16 bytes")
                .hasMessageNotContaining(sixteen);
    }

    @Test
    void refusesAConfiguredKeyThatIsNotBase64WithoutRepeatingIt() {
        assertThatThrownBy(() -> KeyEncryptionKeys.sealer("correct horse battery staple!", dataDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("QRQG_KEY_ENCRYPTION_KEY")
                .hasMessageContaining("not valid base64")
                .hasMessageNotContaining("horse");
    }

    @Test
    void withoutAConfiguredKeyGeneratesOneInTheDataDirectoryReadableByTheOwnerAlone() throws Exception {
        KeySealer sealer = KeyEncryptionKeys.sealer("", dataDir);
        Path file = dataDir.resolve(KeyEncryptionKeys.FILE_NAME);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(sealer.toString()).contains(file.toAbsolutePath().toString());
    }

    @Test
    void keepsUsingTheKeyItGeneratedOnTheFirstStart() {
        byte[] sealed = KeyEncryptionKeys.sealer(null, dataDir).seal("AbCdEf12", SECRET);
        assertThat(KeyEncryptionKeys.sealer(" ", dataDir).unseal("AbCdEf12", sealed)).isEqualTo(SECRET);
    }

    @Test
    void createsTheDataDirectoryWhenItDoesNotExistYet() {
        KeyEncryptionKeys.sealer(null, dataDir.resolve("new/data"));
        assertThat(dataDir.resolve("new/data").resolve(KeyEncryptionKeys.FILE_NAME)).exists();
    }

    @Test
    void refusesADamagedKeyFileNamingIt() throws Exception {
        Path file = Files.writeString(dataDir.resolve(KeyEncryptionKeys.FILE_NAME), "c2hvcnQ=\n");
        assertThatThrownBy(() -> KeyEncryptionKeys.sealer(null, dataDir))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("QRQG_KEY_ENCRYPTION_KEY");
    }
}
