package vn.qrqg.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScopesTest {

    @Test
    void knowsTheScopesOfThePlatform() {
        assertThat(Scopes.ALL).containsExactlyInAnyOrder("qr:issue", "qr:in-person", "scan:venue", "scan:health", "scan:police",
                "health:write", "health:read", "admin", "checkin:venue", "checkin:self", "tracing:write", "tracing:read",
                "risk:write", "feedback:handle", "feed:read", "dcc:site", "dcc:sign");
    }

    @Test
    void namesTheUnknownScopesInTheirOrder() {
        assertThat(Scopes.unknown(List.of("scan:venue", "scan:all", "admin", "ADMIN"))).containsExactly("scan:all", "ADMIN");
    }

    @Test
    void readsAStatusOnlyByItsExactName() {
        assertThat(AppStatus.parse("SUSPENDED")).contains(AppStatus.SUSPENDED);
        assertThat(AppStatus.parse("suspended")).isEmpty();
        assertThat(AppStatus.parse(null)).isEmpty();
    }
}
