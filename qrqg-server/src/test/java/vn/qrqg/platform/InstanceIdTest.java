package vn.qrqg.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class InstanceIdTest {

    @Test
    void anUnsetIdBecomesTheHostAndProcessOnceForTheWholeRun() {
        MockEnvironment environment = new MockEnvironment().withProperty(InstanceId.PROPERTY, "");
        new InstanceIdSetting().postProcessEnvironment(environment, new SpringApplication());
        String id = environment.getProperty(InstanceId.PROPERTY);
        assertThat(id).endsWith("-" + ProcessHandle.current().pid()).matches("[a-z0-9][a-z0-9.-]*-[0-9]+");
        assertThat(environment.getProperty(InstanceId.PROPERTY)).as("read again, the same").isEqualTo(id);
    }

    @Test
    void aConfiguredIdStaysAsItIs() {
        MockEnvironment environment = new MockEnvironment().withProperty(InstanceId.PROPERTY, "web-2");
        new InstanceIdSetting().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty(InstanceId.PROPERTY)).isEqualTo("web-2");
    }

    @Test
    void refusesAnIdThatWouldBreakTheLogLineBeforeAnythingStarts() {
        MockEnvironment environment = new MockEnvironment().withProperty(InstanceId.PROPERTY, "web 2 %n");
        assertThatThrownBy(() -> new InstanceIdSetting().postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(InstanceId.MalformedException.class).hasMessageContaining("QRQG_INSTANCE_ID");
    }

    @Test
    void aMalformedIdStopsTheStartWithOneSentenceAndWhatToDo() {
        Throwable failure = new IllegalStateException("start failed", catchThrowable(() -> new InstanceId("web 2")));
        FailureAnalysis analysis = new InstanceIdFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("QRQG_INSTANCE_ID must be");
        assertThat(analysis.getAction()).contains("web-1");
    }
}
