package vn.qrqg.platform.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.qrqg.platform.database.OnceAcrossInstances;

@ExtendWith(OutputCaptureExtension.class)
class HousekeepingTest {

    /** Fails its second run with a message that quotes personal data, as a SQL error may. */
    private static final class Counting extends Housekeeping {
        final AtomicInteger runs = new AtomicInteger();
        final CountDownLatch fourRuns = new CountDownLatch(4);

        Counting() {
            super("test", Duration.ofMillis(20), Duration.ZERO);
        }

        @Override
        protected int housekeep(Instant now) {
            int run = runs.incrementAndGet();
            fourRuns.countDown();
            if (run == 2) {
                throw new IllegalStateException("duplicate key (phone)=(0912345678)");
            }
            return 3;
        }
    }

    @Test
    void runsAgainAfterAFailureLogsItsTypeOnlyAndStopsWithTheApplication(CapturedOutput output) throws Exception {
        Counting housekeeping = new Counting();
        housekeeping.start();
        assertThat(housekeeping.isRunning()).isTrue();
        assertThat(housekeeping.fourRuns.await(10, TimeUnit.SECONDS)).as("runs go on after the failed one").isTrue();
        housekeeping.stop();
        assertThat(housekeeping.isRunning()).isFalse();
        int stoppedAt = housekeeping.runs.get();
        Thread.sleep(100);
        assertThat(housekeeping.runs.get()).as("no run after the stop").isLessThanOrEqualTo(stoppedAt + 1);
        assertThat(output.getAll()).contains("Housekeeping of test failed (IllegalStateException)")
                .contains("Housekeeping of test removed 3 rows").doesNotContain("0912345678");
    }

    @Test
    void whileTheDatabaseIsAwayARunSaysItCouldNotTakeItsTurnAndTheNextTriesAgain(CapturedOutput output)
            throws Exception {
        Counting housekeeping = new Counting();
        // nothing listens on port 1: the lock that makes one instance at a time run it cannot be taken
        housekeeping.useLocks(new OnceAcrossInstances(
                new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/qrqg?connectTimeout=1", "qrqg", "x")));
        housekeeping.start();
        try {
            Thread.sleep(300);
        } finally {
            housekeeping.stop();
        }
        assertThat(housekeeping.runs.get()).as("no run without its turn").isZero();
        assertThat(output.getAll()).contains("Housekeeping of test failed (DataAccessResourceFailureException)");
    }

    @Test
    void withoutADatabaseEveryRunGoesAhead() {
        Counting housekeeping = new Counting();
        assertThat(housekeeping.runNow(Instant.now())).isTrue();
        assertThat(housekeeping.runs.get()).isEqualTo(1);
    }

    @Test
    void refusesAnIntervalThatIsNotPositive() {
        assertThatThrownBy(() -> new Housekeeping("bad", Duration.ZERO) {
            @Override
            protected int housekeep(Instant now) {
                return 0;
            }
        }).isInstanceOf(IllegalArgumentException.class);
    }
}
