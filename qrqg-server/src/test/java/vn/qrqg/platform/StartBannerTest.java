package vn.qrqg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class StartBannerTest {

    @Test
    void saysTheUrlToOpenAtThePortTheServerListensOn() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.port", "0")
                .withProperty("local.server.port", "18080");
        assertThat(StartBanner.text(environment)).contains("QRQG is running. Open http://localhost:18080/ ")
                .contains("http://localhost:18080/scanner.html").contains("Ctrl+C stops it");
    }

    @Test
    void namesTheAddressTheServerIsBoundTo() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.address", "192.0.2.7")
                .withProperty("local.server.port", "8080");
        assertThat(StartBanner.text(environment)).contains("Open http://192.0.2.7:8080/");
    }

    @Test
    void namesThisInstanceSoThatAnOperatorFindsItsLinesAndMetrics() {
        MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "8080")
                .withProperty("qrqg.instance-id", "web-2");
        assertThat(StartBanner.text(environment)).contains("This instance: web-2 (QRQG_INSTANCE_ID)");
    }
}
