package vn.qrqg.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where {@code verify} reads its trust list and revocation lists: a file, or a URL such as the
 * platform's {@code /.well-known/jwks.json}, fetched once.
 */
final class TrustListSource {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private TrustListSource() {
    }

    /** The JWKS text at {@code source}: a URL when it starts with http:// or https://, else a file. */
    static String read(String source) throws IOException, InterruptedException {
        return read(source, "the trust list", "application/jwk-set+json, application/json");
    }

    /**
     * The text at {@code source}: a URL when it starts with http:// or https://, else a file.
     *
     * @param what what it is, for the error message (e.g. {@code the trust list})
     */
    static String read(String source, String what, String accept) throws IOException, InterruptedException {
        if (!source.startsWith("http://") && !source.startsWith("https://")) {
            return Files.readString(Path.of(source));
        }
        URI uri;
        try {
            uri = URI.create(source);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a URL: " + source, e);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Accept", accept).GET().build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException("could not fetch " + what + " from " + source + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("could not fetch " + what + " from " + source + ": HTTP " + response.statusCode());
        }
        return response.body();
    }
}
