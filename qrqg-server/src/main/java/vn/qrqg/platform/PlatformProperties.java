package vn.qrqg.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the platform keeps what it must not lose between restarts.
 *
 * @param dataDir the embedded database and, later, the encrypted signing keys
 *        ({@code QRQG_DATA_DIR} or {@code --data-dir}; default {@code ./data})
 */
@ConfigurationProperties("qrqg")
public record PlatformProperties(Path dataDir) {
}
