package vn.qrqg.feed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.qrqg.platform.web.FieldErrors;

class PushUrlsTest {
    private static final Map<String, String> DNS = Map.of("app.example.vn", "203.113.131.5",
            "metadata.example.vn", "169.254.169.254", "inside.example.vn", "10.0.0.1", "mixed.example.vn", "192.168.1.9");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.getOrDefault(host, host.matches("[0-9.:a-fA-F]+") ? host : null);
        if (address == null) {
            throw new UnknownHostException("not in the test's DNS");
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    }

    private final PushUrls strict = new PushUrls(false, PushUrlsTest::resolve);

    private String refusal(PushUrls urls, String url) {
        FieldErrors errors = new FieldErrors();
        URI uri = urls.check(url, "url", errors);
        return uri == null ? errors.list().getFirst().message() : null;
    }

    @Test
    void anHttpsEndpointAtAPublicAddressIsTaken() {
        assertThat(refusal(strict, "https://app.example.vn/qrqg/feed?key=1")).isNull();
        assertThat(refusal(strict, "https://203.113.131.5:8443/feed")).isNull();
    }

    @Test
    void loopbackPrivateLinkLocalAndMulticastAddressesAreRefusedAfterResolution() {
        for (String url : new String[] {"https://127.0.0.1/feed", "https://10.0.0.1/feed", "https://169.254.169.254/latest",
                "https://metadata.example.vn/", "https://inside.example.vn/", "https://mixed.example.vn/", "https://[::1]/",
                "https://[fd00::1]/", "https://[fe80::1]/", "https://224.0.0.1/", "https://100.64.0.1/", "https://0.0.0.0/",
                "https://172.16.5.4/", "https://[::ffff:10.0.0.1]/", "https://[64:ff9b::a9fe:a9fe]/", "https://[2002:a00:1::]/"}) {
            assertThat(refusal(strict, url)).as(url).startsWith("must lead to public addresses only");
        }
    }

    @Test
    void plainHttpCredentialsAndUnknownHostsAreRefused() {
        assertThat(refusal(strict, "http://app.example.vn/feed")).startsWith("must be an https URL");
        assertThat(refusal(strict, "ftp://app.example.vn/feed")).startsWith("must be an https URL");
        assertThat(refusal(strict, "not a url")).startsWith("must be an https URL");
        assertThat(refusal(strict, "https://user:pass@app.example.vn/")).startsWith("must not hold a user name");
        assertThat(refusal(strict, "https://nowhere.example.vn/")).isEqualTo("names a host that does not resolve");
        assertThat(refusal(strict, "")).isEqualTo("is required");
        assertThat(refusal(strict, "https://app.example.vn/" + "a".repeat(PushUrls.MAX_LENGTH))).startsWith("must be at most");
    }

    @Test
    void theSettingForTestsAndClosedNetworksLetsHttpAndLocalAddressesThrough() {
        PushUrls open = new PushUrls(true, PushUrlsTest::resolve);
        assertThat(refusal(open, "http://127.0.0.1:8080/feed")).isNull();
        assertThat(refusal(open, "https://10.0.0.1/feed")).isNull();
        assertThat(refusal(open, "ftp://127.0.0.1/feed")).startsWith("must be an http or https URL");
    }
}
