package vn.qrqg.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class PortCheckTest {

    @Test
    void aBusyPortStopsTheStartNamingThePortAndWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();
            PortCheck.PortBusyException busy = catchThrowableOfType(PortCheck.PortBusyException.class,
                    () -> PortCheck.requireFree(null, port));
            assertThat(busy).isNotNull();
            assertThat(busy.getMessage()).isEqualTo("Port " + port + " is busy: another program (another platform?) "
                    + "listens on it.");
            FailureAnalysis analysis = new PortBusyFailureAnalyzer().analyze(busy);
            assertThat(analysis.getDescription()).contains("Port " + port + " is busy");
            assertThat(analysis.getAction()).contains("bin/qrqg serve --port " + (port + 1));
        }
    }

    @Test
    void aFreePortOrAnyPortPasses() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        int free = port;
        assertThatNoException().isThrownBy(() -> PortCheck.requireFree(null, free));
        assertThatNoException().isThrownBy(() -> PortCheck.requireFree("127.0.0.1", 0));
    }
}
