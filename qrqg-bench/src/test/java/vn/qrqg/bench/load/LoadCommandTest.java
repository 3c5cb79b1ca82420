package vn.qrqg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadCommandTest {

    @Test
    void withoutOptionsItIsAThirtySecondClosedLoopOfSixteenIssuingAgainstLocalhost() {
        LoadOptions options = LoadCommand.parse();
        assertThat(options.url()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(options.scenario()).isEqualTo("issuance");
        assertThat(options.openLoop()).isFalse();
        assertThat(options.concurrency()).isEqualTo(16);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.json()).isEqualTo(Path.of("qrqg-bench/target/load-issuance.json"));
        assertThat(options.people()).isZero();
    }

    @Test
    void aRateMakesItAnOpenLoopThatPlansRateTimesWarmupAndDuration() {
        LoadOptions options = LoadCommand.parse("--rate", "3000", "--duration", "1m", "--warmup", "15s",
                "--scenario", "scans", "--scope", "police", "--form", "mixed", "--seed", "7");
        assertThat(options.openLoop()).isTrue();
        assertThat(options.concurrency()).isEqualTo(128);
        assertThat(options.plannedRequests()).isEqualTo(3000L * 75);
        assertThat(options.scanScope()).isEqualTo("police");
        assertThat(options.qrForm()).isEqualTo("mixed");
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.json()).isEqualTo(Path.of("qrqg-bench/target/load-scans.json"));
        assertThat(options.loadShape()).isEqualTo("open loop at 3000/s, at most 128 in flight");
    }

    @Test
    void thePlatformsJvmIsWatchedAloneAndItsPostgresWithTheBackends() {
        LoadCommand command = new LoadCommand();
        new picocli.CommandLine(command).parseArgs("--platform-pid", "12", "--postgres-pid", "13");
        assertThat(command.watched()).containsExactly(new ProcessCpu("jvm", 12, false), new ProcessCpu("postgres", 13, true));
        assertThat(new LoadCommand().watched()).isEmpty();
    }

    @Test
    void severalInstancesJvmsAreWatchedUnderOneNameAndTheBalancerWithItsWorkers() {
        LoadCommand command = new LoadCommand();
        new picocli.CommandLine(command).parseArgs("--platform-pid", "12,14", "--platform-pid", "15", "--balancer-pid", "16");
        assertThat(command.watched()).containsExactly(new ProcessCpu("jvm", 12, false), new ProcessCpu("jvm", 14, false),
                new ProcessCpu("jvm", 15, false), new ProcessCpu("balancer", 16, true));
    }

    @Test
    void theMaximumRequestCountCapsThePlan() {
        assertThat(LoadCommand.parse("--rate", "1000", "--max-requests", "500").plannedRequests()).isEqualTo(500);
    }

    @Test
    void issuanceHasEnoughPeopleByDefaultForEveryPersonOfAnOpenLoopToBeNew() {
        LoadOptions options = LoadCommand.parse("--rate", "1000", "--duration", "60s", "--warmup", "20s");
        assertThat(IssuanceScenario.defaultPeople(options)).isGreaterThanOrEqualTo(80_000);
        assertThat(IssuanceScenario.defaultPeople(LoadCommand.parse("--rate", "100000", "--duration", "1h")))
                .isEqualTo(SyntheticPeople.MAX);
    }

    @Test
    void aClosedLoopOfIssuancesDeclaresNobodyTwiceBelowTwoThousandPeopleASecond() {
        assertThat(IssuanceScenario.defaultPeople(LoadCommand.parse())).isGreaterThanOrEqualTo(2_000 * 40);
        assertThat(IssuanceScenario.defaultPeople(LoadCommand.parse("--duration", "5m", "--warmup", "1m")))
                .isGreaterThanOrEqualTo(2_000 * 360);
        // the most there are: an hour-long closed loop above about 1,400 people/s declares some more than 5 times
        assertThat(IssuanceScenario.defaultPeople(LoadCommand.parse("--duration", "1h")))
                .isEqualTo(SyntheticPeople.MAX);
    }

    @Test
    void valuesOutsideTheBoundsAreRefusedWithTheOptionNamed() {
        assertRefused("--duration=0s", "--duration");
        assertRefused("--duration=2h", "--duration");
        assertRefused("--warmup=11m", "--warmup");
        assertRefused("--rate=-1", "--rate");
        assertRefused("--rate=200000", "--rate");
        assertRefused("--concurrency=0", "--concurrency");
        assertRefused("--people=1000001", "--people");
        assertRefused("--venue-checkins=0", "--venue-checkins");
        assertRefused("--scenario=everything", "--scenario");
        assertRefused("--scope=admin", "--scope");
        assertRefused("--form=png", "--form");
        assertRefused("--timeout=10ms", "--timeout");
        assertRefused("--url=ftp://localhost/", "--url");
    }

    @Test
    void aDurationIsANumberAndAUnit() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> Durations.parse("30")).hasMessageContaining("30s");
        assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(Durations.format(Duration.ofMinutes(2))).isEqualTo("2m");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
    }

    @Test
    void onlyLoopbackAddressesAreLoadedWithoutTheExplicitFlag() {
        assertThat(LoopbackGuard.isLoopback(URI.create("http://localhost:8080"))).isTrue();
        assertThat(LoopbackGuard.isLoopback(URI.create("http://127.0.0.1:8080"))).isTrue();
        assertThat(LoopbackGuard.isLoopback(URI.create("http://127.3.4.5:8080"))).isTrue();
        assertThat(LoopbackGuard.isLoopback(URI.create("http://[::1]:8080"))).isTrue();
        assertThat(LoopbackGuard.isLoopback(URI.create("http://192.0.2.10:8080"))).isFalse();
        assertThat(LoopbackGuard.isLoopback(URI.create("http://10.0.0.1"))).isFalse();

        assertThatThrownBy(() -> LoopbackGuard.check(LoadCommand.parse("--url", "http://192.0.2.10:8080")))
                .hasMessageContaining("--allow-non-loopback");
        LoopbackGuard.check(LoadCommand.parse("--url", "http://192.0.2.10:8080", "--allow-non-loopback"));
    }

    private static void assertRefused(String option, String named) {
        assertThatThrownBy(() -> LoadCommand.parse(option)).as(option)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(named);
    }
}
