package vn.qrqg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpuMeterTest {

    @Test
    void processesOfOneNameAreReportedAsTheSumOfTheirCpu() {
        long self = ProcessHandle.current().pid();
        // this process watched twice under one name, as the JVMs of two instances would be
        CpuMeter meter = new CpuMeter(List.of(new ProcessCpu("jvm", self, false), new ProcessCpu("jvm", self, false)));
        meter.start();
        burn(400);
        meter.stop();
        assertThat(meter.watchedSeconds()).containsOnlyKeys("jvm");
        assertThat(meter.watchedSeconds().get("jvm")).isGreaterThan(1.5 * meter.processSeconds());
    }

    @Test
    void theSumIsUnknownWhenOneOfItsProcessesCannotBeRead() {
        CpuMeter meter = new CpuMeter(List.of(new ProcessCpu("jvm", ProcessHandle.current().pid(), false),
                new ProcessCpu("jvm", Integer.MAX_VALUE, false)));
        meter.start();
        meter.stop();
        assertThat(meter.watchedSeconds().get("jvm")).isNaN();
    }

    /** Keeps this thread busy for about MILLIS ms of wall time. */
    private static void burn(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long x = 0;
        while (System.nanoTime() < end) {
            x += Long.numberOfTrailingZeros(x + System.nanoTime());
        }
        assertThat(x).isNotNegative();
    }
}
