package vn.qrqg.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform's PostgreSQL. Without a URL it runs its own, embedded, under the data
 * directory; with {@code QRQG_DB_URL} (and {@code QRQG_DB_USER}, {@code QRQG_DB_PASSWORD}) it
 * uses that server instead.
 */
@ConfigurationProperties("qrqg.database")
public record DatabaseProperties(String url, String user, String password) {

    public boolean isExternal() {
        return url != null && !url.isBlank();
    }
}
