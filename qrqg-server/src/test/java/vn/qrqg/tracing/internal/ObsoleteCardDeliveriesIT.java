package vn.qrqg.tracing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.platform.PlatformTestSupport;

/**
 * V45: the deliveries to the card listener that took one alert at a time, left waiting by a
 * platform upgraded mid-outbreak, are dropped (nothing would ever complete them); every other
 * listener's deliveries stay.
 */
class ObsoleteCardDeliveriesIT extends PlatformTestSupport {
    private static final String MIGRATION = "db/migration/V45__drop_per_alert_card_deliveries.sql";

    @Test
    void onlyTheGoneListenersDeliveriesAreDropped() throws Exception {
        JdbcClient owner = asOwner();
        UUID issued = waiting(owner, "vn.qrqg.tracing.internal.CardsOfAlertedPeople.on(vn.qrqg.tracing.AlertIssued)",
                "vn.qrqg.tracing.AlertIssued");
        UUID withdrawn = waiting(owner, "vn.qrqg.tracing.internal.CardsOfAlertedPeople.on(vn.qrqg.tracing.AlertWithdrawn)",
                "vn.qrqg.tracing.AlertWithdrawn");
        UUID other = waiting(owner, "vn.qrqg.tracing.internal.CardsOfAlertedPeople.on(vn.qrqg.tracing.internal.ExposuresChanged)",
                "vn.qrqg.tracing.internal.ExposuresChanged");
        try {
            owner.sql(new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8)).update();

            assertThat(owner.sql("select id from event_publication where id in (:ids)")
                    .param("ids", List.of(issued, withdrawn, other)).query(UUID.class).list())
                    .containsExactly(other);
        } finally {
            owner.sql("delete from event_publication where id in (:ids)").param("ids", List.of(issued, withdrawn, other))
                    .update();
        }
    }

    /** A delivery completed in the past, so that the resubmission never picks it up while the test runs. */
    private static UUID waiting(JdbcClient owner, String listener, String type) {
        UUID id = UUID.randomUUID();
        owner.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                                       completion_date, status, completion_attempts)
                        values (:id, :listener, :type, '{}', now(), now(), 'COMPLETED', 1)""")
                .param("id", id).param("listener", listener).param("type", type).update();
        return id;
    }
}
