package vn.qrqg.feed.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.feed.FeedType;
import vn.qrqg.platform.secrets.KeySealer;

/**
 * The tables {@code feed_pending} and {@code feed_item}. An item's data is JSON sealed with
 * AES-256-GCM under a key derived from the key-encryption key, bound to its event id: a copy of
 * the database alone does not read the QRs the feed carries.
 */
@Repository
class FeedRepository {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The sequencer's advisory lock: one sequencer at a time across instances. */
    static final long SEQUENCER_LOCK = 0x51524647_46454544L; // "QRQGFEED"
    /** The NATS publisher's: one at a time across instances, in the feed's order. */
    static final long NATS_LOCK = 0x51524647_4E415453L; // "QRQGNATS"

    /** A change to report, before it has its place in any feed. */
    record Pending(UUID eventId, FeedType type, String qid, String areaCode, UUID appId, Instant at,
            Map<String, Object> data) {
    }

    /** A change as pending, its data still sealed. */
    record StoredPending(long id, UUID eventId, FeedType type, String qid, String areaCode, UUID appId, Instant at,
            byte[] sealed) {
    }

    /** One app's item, its data opened. */
    record Item(long seq, UUID eventId, FeedType type, String qid, Instant at, JsonNode data) {
    }

    /** An item and the app whose feed it is in. */
    record AppItem(UUID appId, Item item) {
    }

    /** @param oldest when the oldest of them was written; null when there are none */
    record Lag(long items, Instant oldest) {
    }

    private final JdbcClient jdbc;
    private final KeySealer sealer;

    FeedRepository(JdbcClient jdbc, KeySealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
    }

    void insertPending(List<Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into feed_pending (event_id, type, qid, area_code, app_id, at, data_sealed)
                        select * from unnest(:ids::uuid[], :types::text[], :qids::text[], :areas::text[], :apps::uuid[],
                                             :ats::timestamptz[], :data::bytea[])""")
                .param("ids", pending.stream().map(Pending::eventId).toArray(UUID[]::new))
                .param("types", pending.stream().map(p -> p.type().name()).toArray(String[]::new))
                .param("qids", pending.stream().map(Pending::qid).toArray(String[]::new))
                .param("areas", pending.stream().map(Pending::areaCode).toArray(String[]::new))
                .param("apps", pending.stream().map(Pending::appId).toArray(UUID[]::new))
                .param("ats", pending.stream().map(p -> p.at().toString()).toArray(String[]::new))
                .param("data", pending.stream().map(p -> seal(p.eventId(), p.data())).toArray(byte[][]::new))
                .update();
    }

    /** Whether this transaction may sequence: no other instance's sequencer holds the lock. */
    boolean lockSequencer() {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", SEQUENCER_LOCK)
                .query(Boolean.class).single());
    }

    List<StoredPending> oldestPending(int limit) {
        return jdbc.sql("""
                        select id, event_id, type, qid, area_code, app_id, at, data_sealed from feed_pending
                        order by id limit :limit""")
                .param("limit", limit)
                .query((rs, rowNum) -> new StoredPending(rs.getLong("id"), rs.getObject("event_id", UUID.class),
                        FeedType.valueOf(rs.getString("type")), rs.getString("qid"), rs.getString("area_code"),
                        rs.getObject("app_id", UUID.class), instant(rs, "at"), rs.getBytes("data_sealed")))
                .list();
    }

    /** An item for {@code appId} of each pending change, numbered in this list's order. */
    void insertItems(List<UUID> apps, List<StoredPending> changes) {
        if (apps.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into feed_item (app_id, event_id, type, qid, at, data_sealed)
                        select app_id, event_id, type, qid, at, data_sealed
                        from unnest(:apps::uuid[], :ids::uuid[], :types::text[], :qids::text[], :ats::timestamptz[],
                                    :data::bytea[]) with ordinality as i(app_id, event_id, type, qid, at, data_sealed, n)
                        order by n""")
                .param("apps", apps.toArray(UUID[]::new))
                .param("ids", changes.stream().map(StoredPending::eventId).toArray(UUID[]::new))
                .param("types", changes.stream().map(c -> c.type().name()).toArray(String[]::new))
                .param("qids", changes.stream().map(StoredPending::qid).toArray(String[]::new))
                .param("ats", changes.stream().map(c -> c.at().toString()).toArray(String[]::new))
                .param("data", changes.stream().map(StoredPending::sealed).toArray(byte[][]::new))
                .update();
    }

    void deletePending(List<StoredPending> done) {
        jdbc.sql("delete from feed_pending where id = any(:ids)")
                .param("ids", done.stream().map(StoredPending::id).toArray(Long[]::new)).update();
    }

    /** The app's items after {@code after}, in order, at most {@code limit}. */
    List<Item> page(UUID appId, long after, int limit) {
        return jdbc.sql("""
                        select seq, event_id, type, qid, at, data_sealed from feed_item
                        where app_id = :app and seq > :after order by seq limit :limit""")
                .param("app", appId).param("after", after).param("limit", limit)
                .query((rs, rowNum) -> {
                    UUID eventId = rs.getObject("event_id", UUID.class);
                    return new Item(rs.getLong("seq"), eventId, FeedType.valueOf(rs.getString("type")),
                            rs.getString("qid"), instant(rs, "at"), open(eventId, rs.getBytes("data_sealed")));
                })
                .list();
    }

    /** The items of every app after {@code after}, in order, at most {@code limit}: what NATS is to get. */
    List<AppItem> pageOfAll(long after, int limit) {
        return jdbc.sql("""
                        select seq, app_id, event_id, type, qid, at, data_sealed from feed_item
                        where seq > :after order by seq limit :limit""")
                .param("after", after).param("limit", limit)
                .query((rs, rowNum) -> {
                    UUID eventId = rs.getObject("event_id", UUID.class);
                    return new AppItem(rs.getObject("app_id", UUID.class), new Item(rs.getLong("seq"), eventId,
                            FeedType.valueOf(rs.getString("type")), rs.getString("qid"), instant(rs, "at"),
                            open(eventId, rs.getBytes("data_sealed"))));
                })
                .list();
    }

    /** The number of the newest item of {@code appId}'s feed, or of all feeds; 0 when there is none. */
    long newestSeq(UUID appId) {
        return jdbc.sql("select coalesce(max(seq), 0) from feed_item where (:app::uuid is null or app_id = :app::uuid)")
                .param("app", appId).query(Long.class).single();
    }

    /** How many of the app's items come after {@code after}, and when the oldest of them was written. */
    Lag lag(UUID appId, long after) {
        return jdbc.sql("select count(*) as n, min(written_at) as oldest from feed_item where app_id = :app and seq > :after")
                .param("app", appId).param("after", after)
                .query((rs, rowNum) -> new Lag(rs.getLong("n"), rs.getObject("oldest") == null ? null : instant(rs, "oldest")))
                .single();
    }

    /** Whether this transaction may publish to NATS: no other instance's publisher holds the lock. */
    boolean lockNatsPublisher() {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", NATS_LOCK)
                .query(Boolean.class).single());
    }

    /** The last item published to NATS; the newest item when nothing was published yet (the history stays in pulls). */
    long natsPublished() {
        jdbc.sql("""
                        insert into feed_nats_cursor (id, published_seq)
                        select 1, coalesce(max(seq), 0) from feed_item
                        on conflict (id) do nothing""").update();
        return jdbc.sql("select published_seq from feed_nats_cursor where id = 1").query(Long.class).single();
    }

    void natsPublishedUpTo(long seq) {
        jdbc.sql("update feed_nats_cursor set published_seq = :seq, published_at = now() where id = 1")
                .param("seq", seq).update();
    }

    /** @return how many items written before {@code cutoff} were deleted */
    int deleteWrittenBefore(Instant cutoff) {
        return jdbc.sql("delete from feed_item where written_at < :cutoff")
                .param("cutoff", cutoff.atOffset(ZoneOffset.UTC)).update();
    }

    private byte[] seal(UUID eventId, Map<String, Object> data) {
        return sealer.seal(kid(eventId), JSON.writeValueAsString(data).getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode open(UUID eventId, byte[] sealed) {
        return JSON.readTree(sealer.unseal(kid(eventId), sealed));
    }

    private static String kid(UUID eventId) {
        return "feed:" + eventId;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, java.time.OffsetDateTime.class).toInstant();
    }
}
