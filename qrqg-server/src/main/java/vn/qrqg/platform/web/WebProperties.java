package vn.qrqg.platform.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;

/**
 * {@code qrqg.web}: limits on what a caller may send.
 *
 * @param maxBodySize the largest request body anywhere but under {@code /api/v1/admin/} and the upload paths
 * @param maxAdminBodySize the largest under {@code /api/v1/admin/} (registry imports are files)
 * @param maxUploadBodySize the largest to one of {@code uploadPaths} (a feedback report with its photo)
 * @param uploadPaths where people send a file of their own, as Ant patterns ({@code *} one path segment)
 */
@ConfigurationProperties("qrqg.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("1GB") DataSize maxAdminBodySize,
        @DefaultValue("8MB") DataSize maxUploadBodySize,
        @DefaultValue({"/api/v1/citizens/*/feedback", "/portal/api/people/*/feedback"}) List<String> uploadPaths) {
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    public WebProperties {
        uploadPaths = uploadPaths == null ? List.of() : List.copyOf(uploadPaths);
    }

    /** The limit for a request to {@code path}, in bytes. */
    long limitFor(String path) {
        if (path.startsWith("/api/v1/admin/")) {
            return maxAdminBodySize.toBytes();
        }
        for (String pattern : uploadPaths) {
            if (PATHS.match(pattern, path)) {
                return maxUploadBodySize.toBytes();
            }
        }
        return maxBodySize.toBytes();
    }
}
