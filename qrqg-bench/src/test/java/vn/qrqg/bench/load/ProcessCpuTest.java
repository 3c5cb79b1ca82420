package vn.qrqg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
    private static final String STAT =
            "4242 (postgres: a (b) c) S 4200 4242 4242 0 -1 4194560 120 3 0 0 250 50 700 30 20 0 1 0 999 1 1";

    @Test
    void readsUserAndSystemTimeAfterACommandNameWithSpacesAndParentheses() {
        assertThat(ProcessCpu.ticks(STAT, false)).isEqualTo(300);
        assertThat(ProcessCpu.parent(STAT)).isEqualTo(4200);
    }

    @Test
    void withChildrenItAddsTheTimeOfTheChildrenItHasReaped() {
        assertThat(ProcessCpu.ticks(STAT, true)).isEqualTo(300 + 730);
    }

    @Test
    void measuresThisVeryProcessAndNothingForAProcessThatIsGone() {
        ProcessCpu self = new ProcessCpu("self", ProcessHandle.current().pid(), true);
        assertThat(self.seconds()).isGreaterThan(0);
        assertThat(new ProcessCpu("gone", Integer.MAX_VALUE, false).seconds()).isNaN();
    }

    @Test
    void refusesAProcessIdThatCannotBeOne() {
        assertThatThrownBy(() -> new ProcessCpu("jvm", 0, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
