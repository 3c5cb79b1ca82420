package vn.qrqg.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.AppStatusChanged;
import vn.qrqg.clients.TestClients;
import vn.qrqg.health.CardRulesChanged;
import vn.qrqg.issuance.SigningKeyRotated;
import vn.qrqg.platform.PlatformTestSupport;

/**
 * Every privileged action reaches the admin-action record through the outbox: who did what to
 * which, and when, newest first at {@code GET /api/v1/admin/actions}. The record is append-only,
 * and an event whose listener failed stays in the outbox until a resubmission delivers it.
 */
@EnableScenarios
class AdminActionsIT extends PlatformTestSupport {
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void suspendingAnAppShowsWhoSuspendedWhichAppAndWhen(Scenario scenario) throws Exception {
        TestClients.CertifiedApp app = TestClients.certifiedApp(port, "scan:venue");
        Instant before = Instant.now();

        scenario.stimulate(() -> send("POST", "/api/v1/admin/apps/" + app.appId() + "/status", "{\"status\":\"SUSPENDED\"}"))
                .andWaitForEventOfType(AppStatusChanged.class)
                .matchingMappedValue(event -> event.appId().toString(), app.appId())
                .toArriveAndVerify(event -> assertThat(event.by()).isEqualTo("admin"));

        JsonNode action = awaitAction(app.appId(), "AppStatusChanged");
        assertThat(action.path("actor").asString()).isEqualTo("admin");
        assertThat(action.path("subjects").valueStream().map(JsonNode::asString))
                .containsExactly(app.appId(), app.clientId());
        assertThat(action.path("summary").asString()).isEqualTo("CERTIFIED -> SUSPENDED");
        assertThat(Instant.parse(action.path("at").asString())).isBetween(before, Instant.now());
        assertThat(awaitAction(app.appId(), "AppRegistered").path("summary").asString()).contains("scopes scan:venue");
    }

    @Test
    void rotatingTheSigningKeyAndUploadingCardRulesAreRecorded(Scenario scenario) throws Exception {
        scenario.stimulate(() -> send("POST", "/api/v1/admin/keys/rotate", null))
                .andWaitForEventOfType(SigningKeyRotated.class)
                .toArriveAndVerify(event -> assertThat(event.by()).isEqualTo("admin"));
        String kid = TestClients.json(get("/.well-known/jwks.json").body()).path("keys").valueStream()
                .filter(key -> key.path("status").asString().equals("active")).findFirst().orElseThrow()
                .path("kid").asString();
        assertThat(awaitAction(kid, "SigningKeyRotated").path("summary").asString()).startsWith(kid + " active");

        HttpResponse<String> upload = send("PUT", "/api/v1/admin/covid-card-rules/86", "{\"mode\":\"NATIONAL_DEFAULT\"}");
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        JsonNode rules = awaitAction("86", "CardRulesChanged");
        assertThat(rules.path("actor").asString()).isEqualTo("admin");
        assertThat(rules.path("summary").asString())
                .startsWith("version " + TestClients.json(upload.body()).path("version").asInt() + " (NATIONAL_DEFAULT)");
    }

    @Test
    void theListIsPagedNewestFirstForAdminsOnly() throws Exception {
        TestClients.certifiedApp(port, "scan:venue");

        JsonNode page = TestClients.json(send("GET", "/api/v1/admin/actions?page=0&size=2", null).body());

        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(Instant.parse(page.path("items").get(0).path("at").asString()))
                .isAfterOrEqualTo(Instant.parse(page.path("items").get(1).path("at").asString()));
        assertThat(send("GET", "/api/v1/admin/actions?size=101", null).statusCode()).isEqualTo(400);
        TestClients.CertifiedApp scanner = TestClients.certifiedApp(port, "scan:venue");
        assertThat(TestClients.send(port, "GET", "/api/v1/admin/actions", scanner.token(port, "scan:venue"), null)
                .statusCode()).isEqualTo(403);
    }

    @Test
    void theRuntimeRoleCanNeitherChangeNorRemoveAnAdminActionAndTheOwnerCannotEither() throws Exception {
        assumeTrue(rolesAreSeparate(jdbc), "skipped: the external database is configured with one role");
        TestClients.CertifiedApp app = TestClients.certifiedApp(port, "scan:venue");
        awaitAction(app.appId(), "AppRegistered");
        awaitAction(app.appId(), "AppStatusChanged");
        String where = " where '" + app.appId() + "' = any(subjects)";

        for (String attempt : List.of("update audit_admin_action set actor = 'someone else'" + where,
                "delete from audit_admin_action" + where, "truncate audit_admin_action",
                "alter table audit_admin_action disable trigger all", "drop table audit_admin_action")) {
            assertThat(refusalOf(jdbc, attempt)).as(attempt).isEqualTo(INSUFFICIENT_PRIVILEGE);
        }
        for (String attempt : List.of("update audit_admin_action set actor = 'someone else'" + where,
                "delete from audit_admin_action" + where, "truncate audit_admin_action")) {
            assertThatThrownBy(() -> asOwner().sql(attempt).update()).as(attempt)
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        }
        assertThat(jdbc.sql("select count(*) from audit_admin_action" + where).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anEventWhoseListenerFailedStaysInTheOutboxAndIsWrittenWhenResubmitted(Scenario scenario) throws Exception {
        assumeTrue(rolesAreSeparate(jdbc), "skipped: the external database is configured with one role");
        String runtimeRole = jdbc.sql("select current_user").query(String.class).single();
        asOwner().sql("revoke insert on audit_admin_action from \"" + runtimeRole + "\"").update();
        int version;
        try {
            HttpResponse<String> upload = send("PUT", "/api/v1/admin/covid-card-rules/82", "{\"mode\":\"NATIONAL_DEFAULT\"}");
            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
            version = TestClients.json(upload.body()).path("version").asInt();
            scenario.stimulate(() -> { })
                    .andWaitForStateChange(() -> publicationStatus("82", version), status -> status.equals(Optional.of("FAILED")))
                    .andVerify(status -> assertThat(actions("82", "CardRulesChanged")).isEmpty());
        } finally {
            asOwner().sql("grant insert on audit_admin_action to \"" + runtimeRole + "\"").update();
        }

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof CardRulesChanged event
                && event.provinceCode().equals("82") && event.version() == version);

        JsonNode action = awaitAction("82", "CardRulesChanged");
        assertThat(action.path("summary").asString()).startsWith("version " + version + " ");
        scenario.stimulate(() -> { })
                .andWaitForStateChange(() -> publicationStatus("82", version), Optional::isEmpty)
                .andVerify(status -> assertThat(status).as("completed, so deleted from the outbox").isEmpty());
    }

    /**
     * The outbox's status of the audit's publication of the CardRulesChanged of this upload; empty
     * once completed (and so deleted). Health's cards listen to it too, each listener with its own row.
     */
    private Optional<String> publicationStatus(String provinceCode, int version) {
        return jdbc.sql("""
                        select coalesce(status, 'PUBLISHED') from event_publication
                        where event_type = :type and listener_id like 'vn.qrqg.audit.%'
                          and serialized_event::jsonb ->> 'provinceCode' = :province
                          and (serialized_event::jsonb ->> 'version')::int = :version""")
                .param("type", CardRulesChanged.class.getName()).param("province", provinceCode)
                .param("version", version).query(String.class).optional();
    }

    /** The newest admin action {@code action} on {@code subject}, once the audit has written it. */
    private JsonNode awaitAction(String subject, String action) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<JsonNode> found = actions(subject, action);
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no admin action " + action + " on " + subject);
    }

    private List<JsonNode> actions(String subject, String action) {
        HttpResponse<String> page = send("GET", "/api/v1/admin/actions?size=100", null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return TestClients.json(page.body()).path("items").valueStream()
                .filter(item -> item.path("action").asString().equals(action))
                .filter(item -> item.path("subjects").valueStream().anyMatch(id -> id.asString().equals(subject)))
                .toList();
    }

    private HttpResponse<String> send(String method, String path, String json) {
        try {
            return TestClients.send(port, method, path, TestClients.adminToken(port), json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
