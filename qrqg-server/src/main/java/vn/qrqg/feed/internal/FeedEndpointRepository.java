package vn.qrqg.feed.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.platform.secrets.KeySealer;

/**
 * The table {@code feed_endpoint}: each app's push endpoint, its cursor and its failures. The
 * secret is sealed with the app id as associated data. A delivery holds a lease on the row (a
 * random id and a time) rather than a row lock, so that no database connection waits on an app's
 * server; its outcome is written only while the lease is still its own.
 */
@Repository
class FeedEndpointRepository {

    enum State { ACTIVE, PAUSED }

    /** An endpoint as the app and operators see it; never the secret. */
    record Endpoint(UUID appId, String url, long cursor, State state, int failures, String lastError,
            Instant lastFailureAt, Instant lastSuccessAt) {
    }

    /** A delivery's claim: where to, with what secret, from which cursor. */
    record Claim(UUID appId, UUID lease, String url, String secret, long cursor, int failures) {
    }

    private final JdbcClient jdbc;
    private final KeySealer sealer;

    FeedEndpointRepository(JdbcClient jdbc, KeySealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
    }

    /** Registers or replaces the app's endpoint, active, without failures or a delivery under way. */
    void save(UUID appId, String url, String secret, long cursor) {
        jdbc.sql("""
                        insert into feed_endpoint (app_id, url, secret_sealed, cursor, state)
                        values (:app, :url, :secret, :cursor, 'ACTIVE')
                        on conflict (app_id) do update set url = excluded.url, secret_sealed = excluded.secret_sealed,
                            cursor = excluded.cursor, state = 'ACTIVE', failures = 0, next_attempt_at = now(),
                            last_error = null, last_failure_at = null, lease = null, leased_until = null""")
                .param("app", appId).param("url", url).param("secret", seal(appId, secret)).param("cursor", cursor)
                .update();
    }

    Optional<Endpoint> find(UUID appId) {
        return jdbc.sql("select * from feed_endpoint where app_id = :app").param("app", appId)
                .query(FeedEndpointRepository::endpoint).optional();
    }

    List<Endpoint> all() {
        return jdbc.sql("select * from feed_endpoint order by created_at").query(FeedEndpointRepository::endpoint).list();
    }

    boolean delete(UUID appId) {
        return jdbc.sql("delete from feed_endpoint where app_id = :app").param("app", appId).update() > 0;
    }

    /** Makes a paused endpoint active again, from its cursor; @return whether the app has an endpoint */
    boolean resume(UUID appId) {
        return jdbc.sql("""
                        update feed_endpoint set state = 'ACTIVE', failures = 0, next_attempt_at = now()
                        where app_id = :app""").param("app", appId).update() > 0;
    }

    /** Active endpoints whose next attempt is due, that nobody delivers to and that have items after their cursor. */
    List<UUID> due(int limit) {
        return jdbc.sql("""
                        select e.app_id from feed_endpoint e
                        where e.state = 'ACTIVE' and e.next_attempt_at <= now()
                          and (e.leased_until is null or e.leased_until < now())
                          and exists (select 1 from feed_item i where i.app_id = e.app_id and i.seq > e.cursor)
                        order by e.next_attempt_at limit :limit""")
                .param("limit", limit).query(UUID.class).list();
    }

    /** Takes the endpoint for one delivery lasting at most {@code leaseFor}, if it is due and nobody else has it. */
    Optional<Claim> claim(UUID appId, Duration leaseFor) {
        UUID lease = UUID.randomUUID();
        return jdbc.sql("""
                        update feed_endpoint set lease = :lease, leased_until = now() + make_interval(secs => :secs)
                        where app_id = :app and state = 'ACTIVE' and next_attempt_at <= now()
                          and (leased_until is null or leased_until < now())
                        returning url, secret_sealed, cursor, failures""")
                .param("lease", lease).param("secs", (double) leaseFor.toMillis() / 1000).param("app", appId)
                .query((rs, rowNum) -> new Claim(appId, lease, rs.getString("url"),
                        unseal(appId, rs.getBytes("secret_sealed")), rs.getLong("cursor"), rs.getInt("failures")))
                .optional();
    }

    /** Delivered up to {@code cursor} (or nothing to deliver there): the cursor moves, failures are forgotten. */
    void delivered(Claim claim, long cursor, boolean sent) {
        jdbc.sql("""
                        update feed_endpoint set cursor = greatest(cursor, :cursor), failures = 0, last_error = null,
                            last_success_at = case when :sent then now() else last_success_at end,
                            lease = null, leased_until = null
                        where app_id = :app and lease = :lease""")
                .param("cursor", cursor).param("sent", sent).param("app", claim.appId()).param("lease", claim.lease())
                .update();
    }

    /** A failed delivery: tried again after {@code retryIn}, or paused at {@code pauseAfter} failures in a row. */
    void failed(Claim claim, String error, Duration retryIn, int pauseAfter) {
        jdbc.sql("""
                        update feed_endpoint set failures = failures + 1, last_error = :error, last_failure_at = now(),
                            state = case when failures + 1 >= :pauseAfter then 'PAUSED' else state end,
                            next_attempt_at = now() + make_interval(secs => :secs), lease = null, leased_until = null
                        where app_id = :app and lease = :lease""")
                .param("error", error).param("pauseAfter", pauseAfter).param("secs", (double) retryIn.toMillis() / 1000)
                .param("app", claim.appId()).param("lease", claim.lease()).update();
    }

    /** Gives the endpoint back without an attempt, to look again after {@code in}. */
    void release(Claim claim, Duration in) {
        jdbc.sql("""
                        update feed_endpoint set lease = null, leased_until = null,
                            next_attempt_at = now() + make_interval(secs => :secs)
                        where app_id = :app and lease = :lease""")
                .param("secs", (double) in.toMillis() / 1000).param("app", claim.appId()).param("lease", claim.lease())
                .update();
    }

    private byte[] seal(UUID appId, String secret) {
        return sealer.seal(kid(appId), secret.getBytes(StandardCharsets.UTF_8));
    }

    private String unseal(UUID appId, byte[] sealed) {
        return new String(sealer.unseal(kid(appId), sealed), StandardCharsets.UTF_8);
    }

    private static String kid(UUID appId) {
        return "feed-push:" + appId;
    }

    private static Endpoint endpoint(ResultSet rs, int rowNum) throws SQLException {
        return new Endpoint(rs.getObject("app_id", UUID.class), rs.getString("url"), rs.getLong("cursor"),
                State.valueOf(rs.getString("state")), rs.getInt("failures"), rs.getString("last_error"),
                instant(rs, "last_failure_at"), instant(rs, "last_success_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
