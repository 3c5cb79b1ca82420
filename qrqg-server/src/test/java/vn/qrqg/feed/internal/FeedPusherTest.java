package vn.qrqg.feed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.qrqg.feed.FeedProperties;

class FeedPusherTest {
    private final FeedPusher pusher = new FeedPusher(null, null, null, null, null, new FeedProperties(Duration.ofDays(30),
            Duration.ofMillis(200), 2000, Duration.ofSeconds(30), Duration.ofSeconds(1),
            new FeedProperties.Push(false, 100, 4, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(1),
                    Duration.ofMinutes(5), 10, Duration.ofSeconds(1)),
            new FeedProperties.Nats("", "", 500)));

    @Test
    void theWaitDoublesFromASecondToFiveMinutesLessUpToHalfAtRandom() {
        for (int i = 0; i < 200; i++) {
            assertThat(pusher.retryAfter(1)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
            assertThat(pusher.retryAfter(4)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
            assertThat(pusher.retryAfter(10)).isBetween(Duration.ofSeconds(150), Duration.ofMinutes(5));
            assertThat(pusher.retryAfter(1000)).isBetween(Duration.ofSeconds(150), Duration.ofMinutes(5));
        }
    }
}
