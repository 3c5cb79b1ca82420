package vn.qrqg.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServeArgumentsTest {

    @Test
    void turnsPortAndDataDirIntoTheirSpringProperties() {
        assertThat(ServeArguments.toSpring(new String[] {"--port", "8081", "--data-dir=/srv/qrqg"}))
                .containsExactly("--server.port=8081", "--qrqg.data-dir=/srv/qrqg");
    }

    @Test
    void passesOtherArgumentsThrough() {
        assertThat(ServeArguments.toSpring(new String[] {"--spring.profiles.active=x"}))
                .containsExactly("--spring.profiles.active=x");
    }

    @Test
    void refusesAnOptionWithoutItsValue() {
        assertThatThrownBy(() -> ServeArguments.toSpring(new String[] {"--port"}))
                .hasMessageContaining("--port needs a value");
    }
}
