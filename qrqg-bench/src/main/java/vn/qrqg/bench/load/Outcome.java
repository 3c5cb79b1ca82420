package vn.qrqg.bench.load;

import java.util.Locale;

/**
 * What one request counted as: a successful kind (its own latency row in the report) or an
 * error kind (counted).
 */
record Outcome(String kind, boolean ok) {

    /** A transport failure counts by its kind; an HTTP answer is the scenario's to judge. */
    static Outcome of(Scenario scenario, LoadRequest request, HttpLoad.Answer answer) {
        return answer.failure() != null
                ? error(answer.failure())
                : scenario.judge(request, answer.status(), answer.body());
    }

    static Outcome ok(String kind) {
        return new Outcome(kind, true);
    }

    static Outcome error(String kind) {
        return new Outcome(kind, false);
    }

    /**
     * An error for an HTTP answer that is not what the scenario wanted: the status and, for a
     * problem detail (RFC 9457), the last part of its {@code type}, e.g. {@code 422 declaration-mismatch}.
     */
    static Outcome httpError(int status, String body) {
        String marker = "\"type\":\"https://qrqg.vn/problems/";
        int start = body.indexOf(marker);
        if (start < 0) {
            return error(Integer.toString(status));
        }
        start += marker.length();
        int end = body.indexOf('"', start);
        String type = end < 0 ? "" : body.substring(start, Math.min(end, start + 60));
        return error(status + " " + type.toLowerCase(Locale.ROOT));
    }
}
