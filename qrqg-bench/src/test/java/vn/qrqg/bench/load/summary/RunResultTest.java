package vn.qrqg.bench.load.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.jr.ob.JSON;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunResultTest {

    @Test
    void aCheckInBatchIsAThousandEventsAndTheCpuIsPerEvent() {
        RunResult run = RunResult.of(Runs.json("checkins", "closed", "batch", 200, 90, 4.0, 2.0, Map.of()));
        assertThat(run.operation()).isEqualTo("event");
        assertThat(run.operations()).isEqualTo(200_000);
        assertThat(run.operationsPerSecond()).isEqualTo(20_000);
        assertThat(run.jvmMicrosPerOperation()).isCloseTo(20, within(1e-9));
        assertThat(run.postgresMicrosPerOperation()).isCloseTo(10, within(1e-9));
        assertThat(run.platformMicrosPerOperation()).isCloseTo(30, within(1e-9));
    }

    @Test
    void anIssuanceIsTheCodeNewRowNotEveryAnswer() {
        RunResult run = RunResult.of(Runs.json("issuance", "closed", "code new", 13_000, 67, 10.0, 3.0, Map.of()));
        assertThat(run.operation()).isEqualTo("verified issuance");
        assertThat(run.operationsPerSecond()).isEqualTo(1_300);
        assertThat(run.operationRow().p99()).isEqualTo(67);
    }

    @Test
    void errorsAreCountedAndCpuNotMeasuredIsNaN() {
        RunResult run = RunResult.of(Runs.json("scans", "open", "venue", 30_000, 900, null, null,
                Map.of("timeout", 3, "503 busy", 7)));
        assertThat(run.errors()).isEqualTo(10);
        assertThat(run.jvmMicrosPerOperation()).isNaN();
        assertThat(run.platformMicrosPerOperation()).isNaN();
    }

    @Test
    void readsTheGeneratorsOwnJsonOfBeforeTheCpuWasMeasured() throws Exception {
        String old = """
                {"scenario":"scans","loop":"closed","rate":0.0,"concurrency":64,"warmupSeconds":60.0,
                 "measuredSeconds":30.0,"rows":[{"kind":"all answers","count":137298,"perSecond":4574.8,
                 "p50Ms":13.3,"p90Ms":19.1,"p99Ms":26.2,"p999Ms":33.0,"maxMs":42.7}],"errors":{},
                 "generatorCpuMicrosPerRequest":51.3}""";
        RunResult run = RunResult.of(JSON.std.mapFrom(old));
        assertThat(run.operations()).isEqualTo(137_298);
        assertThat(run.jvmSeconds()).isNaN();
    }

    @Test
    void refusesAFileThatIsNotAResult() {
        assertThatThrownBy(() -> RunResult.of(JSON.std.mapFrom("{\"rows\":[]}")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
