package vn.qrqg.bench.load;

import java.net.URI;

/**
 * One request a scenario wants sent: always a JSON {@code POST} with a bearer token.
 *
 * @param authorization the whole {@code Authorization} header value, {@code Bearer …}
 * @param kind what the scenario expects this request to be (e.g. {@code new} or {@code repeat}),
 *        for its {@link Scenario#judge}
 */
record LoadRequest(URI target, String authorization, byte[] json, String kind) {
}
