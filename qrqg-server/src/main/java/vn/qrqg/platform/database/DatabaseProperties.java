package vn.qrqg.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's PostgreSQL. Without a URL it runs its own, embedded, under the data
 * directory; with {@code QRQG_DB_URL} (and {@code QRQG_DB_USER}, {@code QRQG_DB_PASSWORD}) it
 * uses that server instead.
 *
 * @param poolSize connections the platform holds open: each request holds one only for each
 *        statement or transaction, and concurrent commits share one disk flush in PostgreSQL, so
 *        more connections than cores pay off while requests wait on the disk
 */
@ConfigurationProperties("qrqg.database")
public record DatabaseProperties(String url, String user, String password, @DefaultValue("40") int poolSize) {

    public DatabaseProperties {
        if (poolSize < 2) {
            throw new IllegalArgumentException("qrqg.database.pool-size must be at least 2, was " + poolSize);
        }
    }

    public boolean isExternal() {
        return url != null && !url.isBlank();
    }
}
