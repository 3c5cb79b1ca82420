package vn.qrqg.bench.load;

import java.net.URI;

/**
 * One request a scenario wants sent, with a bearer token: a JSON {@code POST}, or a {@code GET}
 * when it has no body ({@link #get}).
 *
 * @param authorization the whole {@code Authorization} header value, {@code Bearer …}
 * @param json the {@code POST}'s body; null for a {@code GET}
 * @param kind what the scenario expects this request to be (e.g. {@code new} or {@code repeat}),
 *        for its {@link Scenario#judge}
 * @param context whatever else the scenario keeps with the request for its {@link Scenario#judge}
 *        and {@link Scenario#followUp} (e.g. a challenge id from the answer before); null when none
 */
record LoadRequest(URI target, String authorization, byte[] json, String kind, String context) {

    LoadRequest(URI target, String authorization, byte[] json, String kind) {
        this(target, authorization, json, kind, null);
    }

    /** A {@code GET} of {@code target}, without a body. */
    static LoadRequest get(URI target, String authorization, String kind) {
        return new LoadRequest(target, authorization, null, kind, null);
    }

    boolean isGet() {
        return json == null;
    }
}
