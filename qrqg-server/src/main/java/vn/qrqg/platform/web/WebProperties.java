package vn.qrqg.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code qrqg.web}: limits on what a caller may send.
 *
 * @param maxBodySize the largest request body anywhere but under {@code /api/v1/admin/}
 * @param maxAdminBodySize the largest under {@code /api/v1/admin/} (registry imports are files)
 */
@ConfigurationProperties("qrqg.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("1GB") DataSize maxAdminBodySize) {

    /** The limit for a request to {@code path}, in bytes. */
    long limitFor(String path) {
        return (path.startsWith("/api/v1/admin/") ? maxAdminBodySize : maxBodySize).toBytes();
    }
}
