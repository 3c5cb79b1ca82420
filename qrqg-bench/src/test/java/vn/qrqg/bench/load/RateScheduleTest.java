package vn.qrqg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateScheduleTest {

    @Test
    void requestsAreDueEvenlySpacedFromTheStart() {
        RateSchedule schedule = new RateSchedule(1_000, 4);
        assertThat(schedule.sendTime(0)).isEqualTo(1_000);
        assertThat(schedule.sendTime(1)).isEqualTo(1_000 + 250_000_000);
        assertThat(schedule.sendTime(4)).isEqualTo(1_000 + 1_000_000_000);
    }

    @Test
    void aFractionalRateRoundsEachSendTimeWithoutDrifting() {
        RateSchedule schedule = new RateSchedule(0, 3);
        assertThat(schedule.sendTime(1)).isEqualTo(333_333_333);
        assertThat(schedule.sendTime(2)).isEqualTo(666_666_667);
        assertThat(schedule.sendTime(3_000)).isEqualTo(1_000_000_000_000L);
    }

    @Test
    void countBeforeIsTheNumberOfRequestsDueBeforeAnInstant() {
        for (double rate : new double[] {1, 3, 7.5, 50, 999, 3000, 100_000}) {
            RateSchedule schedule = new RateSchedule(123_456, rate);
            for (long nanos : new long[] {0, 123_456, 123_457, 500_000_000, 1_000_123_456, 30_000_000_000L}) {
                long count = schedule.countBefore(nanos);
                if (count > 0) {
                    assertThat(schedule.sendTime(count - 1)).as("rate %s at %d", rate, nanos).isLessThan(nanos);
                }
                assertThat(schedule.sendTime(count)).as("rate %s at %d", rate, nanos).isGreaterThanOrEqualTo(nanos);
            }
        }
    }

    @Test
    void thirtySecondsAtAThousandPerSecondAreThirtyThousandRequests() {
        assertThat(new RateSchedule(0, 1000).countBefore(30_000_000_000L)).isEqualTo(30_000);
    }

    @Test
    void theRateMustBeAboveZero() {
        assertThatThrownBy(() -> new RateSchedule(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateSchedule(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
