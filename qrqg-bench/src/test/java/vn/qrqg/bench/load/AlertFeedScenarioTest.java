package vn.qrqg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertFeedScenarioTest {
    private final AlertFeedScenario scenario = new AlertFeedScenario(LoadCommand.parse("--scenario", "feed-alerts"));

    @Test
    void aReportCountsOnlyWhenItsCaseWasCreated() {
        LoadRequest request = new LoadRequest(null, "Bearer department", new byte[0], "case");
        assertThat(scenario.judge(request, 200,
                "{\"created\":1,\"results\":[{\"index\":0,\"sourceId\":\"load-1-case-0\",\"status\":\"CREATED\"}]}"))
                .isEqualTo(Outcome.ok("case"));
        assertThat(scenario.judge(request, 200,
                "{\"created\":0,\"results\":[{\"index\":0,\"sourceId\":\"load-1-case-0\",\"status\":\"EXISTING\"}]}"))
                .isEqualTo(Outcome.error("case not created"));
        assertThat(scenario.judge(request, 403, "{\"type\":\"https://qrqg.vn/problems/insufficient-scope\"}"))
                .isEqualTo(Outcome.error("403 insufficient-scope"));
    }

    @Test
    void theScenarioIsNamedForTheCommandLine() {
        assertThat(Scenarios.names()).contains("feed", "feed-alerts");
        assertThat(Scenarios.create(LoadCommand.parse("--scenario", "feed-alerts")).name()).isEqualTo("feed-alerts");
    }
}
