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
        assertThatThrownBy(() -> ServeArguments.toSpring(new String[] {"--port", "--data-dir=/srv"}))
                .hasMessageContaining("--port needs a value");
    }

    @Test
    void refusesAnOptionItDoesNotKnowSayingWhichAndWhatItTakes() {
        assertThatThrownBy(() -> ServeArguments.toSpring(new String[] {"--prot", "18080"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option --prot: serve takes --port N, --data-dir DIR and Spring properties as "
                        + "--name.with.dots=value (bin/qrqg serve --help)");
        assertThatThrownBy(() -> ServeArguments.toSpring(new String[] {"--help"})).hasMessageStartingWith("unknown option --help");
        assertThatThrownBy(() -> ServeArguments.toSpring(new String[] {"-p", "1"})).hasMessageStartingWith("unknown option -p");
        assertThatThrownBy(() -> ServeArguments.toSpring(new String[] {"18080"})).hasMessageStartingWith("unexpected argument 18080");
    }
}
