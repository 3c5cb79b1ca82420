package vn.qrqg.feed;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Change feed settings ({@code qrqg.feed}, docs/feed.md).
 *
 * @param retention items are kept this long after they were written (Regulation 733: a month)
 * @param sequencerEvery how long the sequencer waits for pending changes when no commit on this
 *        instance woke it (changes written by another instance, or missed wake-ups)
 * @param batch how many pending changes the sequencer takes in one transaction at most
 * @param maxWait the longest a long poll ({@code wait}) may wait
 * @param recheckEvery how often a waiting long poll looks again when nothing woke it (items the
 *        sequencer of another instance wrote)
 * @param push deliveries to the HTTPS endpoints apps register
 * @param nats publishing to NATS JetStream, when its URL is set
 */
@ConfigurationProperties("qrqg.feed")
public record FeedProperties(@DefaultValue("30d") Duration retention, @DefaultValue("200ms") Duration sequencerEvery,
        @DefaultValue("2000") int batch, @DefaultValue("30s") Duration maxWait, @DefaultValue("1s") Duration recheckEvery,
        @DefaultValue Push push, @DefaultValue Nats nats) {

    public FeedProperties {
        positive(retention, sequencerEvery, maxWait, recheckEvery);
        if (batch < 1) {
            throw new IllegalArgumentException("qrqg.feed.batch must be at least 1");
        }
    }

    /**
     * @param allowPrivateAddresses whether an endpoint may be plain http and at a loopback, private
     *        or link-local address: for tests and closed networks only (SECURITY.md)
     * @param batch items in one delivery at most
     * @param concurrency deliveries at once on an instance (one at a time per app across instances)
     * @param connectTimeout how long a delivery waits to connect
     * @param readTimeout how long a delivery waits for the answer once connected
     * @param retryInitial the wait after a first failure, doubled after each further one
     * @param retryMax the longest wait between attempts
     * @param pauseAfter consecutive failures after which the endpoint is paused until the app resumes it
     * @param pollEvery how often an instance looks for work nothing woke it for (other instances'
     *        items, retries that are due)
     */
    public record Push(@DefaultValue("false") boolean allowPrivateAddresses, @DefaultValue("100") int batch,
            @DefaultValue("4") int concurrency, @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("10s") Duration readTimeout, @DefaultValue("1s") Duration retryInitial,
            @DefaultValue("5m") Duration retryMax, @DefaultValue("10") int pauseAfter,
            @DefaultValue("1s") Duration pollEvery) {

        public Push {
            positive(connectTimeout, readTimeout, retryInitial, retryMax, pollEvery);
            if (batch < 1 || batch > 500 || concurrency < 1 || pauseAfter < 1) {
                throw new IllegalArgumentException("qrqg.feed.push: batch must be 1 to 500, concurrency and "
                        + "pause-after at least 1");
            }
        }
    }

    /**
     * @param url the NATS server(s), comma separated ({@code nats://…}, {@code tls://…} for TLS);
     *        empty: the feed is not published to NATS
     * @param credentials a NATS credentials file ({@code .creds}: a user JWT and NKey seed); empty: none,
     *        or the user and password in the URL
     * @param batch items published in one round at most
     */
    public record Nats(@DefaultValue("") String url, @DefaultValue("") String credentials,
            @DefaultValue("500") int batch) {

        public Nats {
            if (batch < 1) {
                throw new IllegalArgumentException("qrqg.feed.nats.batch must be at least 1");
            }
        }

        public boolean enabled() {
            return !url.isBlank();
        }
    }

    private static void positive(Duration... durations) {
        for (Duration duration : durations) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("qrqg.feed durations must be positive");
            }
        }
    }
}
