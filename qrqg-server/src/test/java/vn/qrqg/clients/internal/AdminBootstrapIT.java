package vn.qrqg.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.qrqg.clients.TestClients;
import vn.qrqg.platform.PlatformTestSupport;
import vn.qrqg.platform.events.EventOutbox;

class AdminBootstrapIT extends PlatformTestSupport {
    private static final Pattern PRINTED_SECRET = Pattern.compile("client_secret: (\\S+)");

    @LocalServerPort
    int serverPort;

    @Autowired
    AppRepository apps;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    EventOutbox events;

    @Autowired
    JdbcClient jdbc;

    final ByteArrayOutputStream console = new ByteArrayOutputStream();

    /** The operator client as the other tests know it: its secret the configured one. */
    @AfterEach
    void restoreTheOperatorClient() {
        bootstrap().run(TestClients.adminSecret());
    }

    @Test
    void printsAGeneratedSecretOnceWhenNoOperatorClientExistsAndNeverAgain() throws Exception {
        jdbc.sql("delete from clients_app where client_id = 'admin'").update();

        assertThat(bootstrap().run("")).isEqualTo(AdminBootstrap.Outcome.CREATED_WITH_PRINTED_SECRET);
        String printed = console.toString(StandardCharsets.UTF_8);
        Matcher secret = PRINTED_SECRET.matcher(printed);
        assertThat(secret.find()).as(printed).isTrue();
        assertThat(secret.group(1)).matches("[A-Za-z0-9_-]{43}");
        assertThat(TestClients.requestToken(serverPort, "admin", secret.group(1), "admin").statusCode()).isEqualTo(200);

        console.reset();
        assertThat(bootstrap().run(null)).isEqualTo(AdminBootstrap.Outcome.UNCHANGED);
        assertThat(console.size()).isZero();
        assertThat(TestClients.requestToken(serverPort, "admin", secret.group(1), "admin").statusCode()).isEqualTo(200);
    }

    @Test
    void createsTheOperatorClientWithTheConfiguredSecretWithoutPrintingIt() throws Exception {
        jdbc.sql("delete from clients_app where client_id = 'admin'").update();

        assertThat(bootstrap().run(TestClients.adminSecret()))
                .isEqualTo(AdminBootstrap.Outcome.CREATED_WITH_CONFIGURED_SECRET);

        assertThat(console.size()).isZero();
        assertThat(apps.findByClientId("admin").orElseThrow().app().status().name()).isEqualTo("CERTIFIED");
        assertThat(TestClients.requestToken(serverPort, "admin", TestClients.adminSecret(), "admin").statusCode())
                .isEqualTo(200);
    }

    @Test
    void resetsTheSecretToTheConfiguredOneOnTheNextStart() throws Exception {
        String another = "another-operator-secret-of-enough-length-1234";
        assertThat(bootstrap().run(TestClients.adminSecret())).isEqualTo(AdminBootstrap.Outcome.UNCHANGED);

        assertThat(bootstrap().run(another)).isEqualTo(AdminBootstrap.Outcome.SECRET_RESET);

        assertThat(TestClients.requestToken(serverPort, "admin", another, "admin").statusCode()).isEqualTo(200);
        assertThat(TestClients.requestToken(serverPort, "admin", TestClients.adminSecret(), "admin").statusCode())
                .isEqualTo(401);
        assertThat(console.size()).isZero();
    }

    @Test
    void refusesAConfiguredSecretShorterThan32CharactersWithoutShowingIt() {
        assertThatThrownBy(() -> bootstrap().run("short-secret"))
                .hasMessageContaining("QRQG_BOOTSTRAP_ADMIN_SECRET")
                .hasMessageContaining("32")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("short-secret"));
    }

    private AdminBootstrap bootstrap() {
        return new AdminBootstrap(apps, passwordEncoder, events, new PrintStream(console, true, StandardCharsets.UTF_8));
    }
}
