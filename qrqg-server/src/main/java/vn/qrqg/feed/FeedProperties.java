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
 */
@ConfigurationProperties("qrqg.feed")
public record FeedProperties(@DefaultValue("30d") Duration retention, @DefaultValue("200ms") Duration sequencerEvery,
        @DefaultValue("2000") int batch, @DefaultValue("30s") Duration maxWait, @DefaultValue("1s") Duration recheckEvery) {

    public FeedProperties {
        for (Duration duration : new Duration[] {retention, sequencerEvery, maxWait, recheckEvery}) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("qrqg.feed durations must be positive");
            }
        }
        if (batch < 1) {
            throw new IllegalArgumentException("qrqg.feed.batch must be at least 1");
        }
    }
}
