package vn.qrqg.holders.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.holders.HeldToken;

/**
 * The table {@code holders_token}: hashes of holder tokens, never the tokens. Read from the primary,
 * never a read replica ({@link vn.qrqg.platform.database.ReplicaReads}): a revoked token is refused at once.
 */
@Repository
public class HolderTokenRepository {

    /** A token that is not revoked. */
    public record Active(UUID tokenId, UUID appId, String qid) {
    }

    private final JdbcClient jdbc;

    HolderTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(byte[] tokenHash, UUID appId, String qid, String communeCode) {
        return jdbc.sql("""
                insert into holders_token (token_hash, app_id, qid, commune_code) values (:hash, :appId, :qid, :commune)
                returning token_id""")
                .param("hash", tokenHash).param("appId", appId).param("qid", qid).param("commune", communeCode)
                .query(UUID.class).single();
    }

    public Map<String, Set<UUID>> appsHolding(Collection<String> qids) {
        Map<String, Set<UUID>> apps = new HashMap<>();
        if (qids.isEmpty()) {
            return apps;
        }
        jdbc.sql("select distinct qid, app_id from holders_token where qid = any(:qids) and revoked_at is null")
                .param("qids", qids.toArray(String[]::new))
                .query((rs, rowNum) -> apps.computeIfAbsent(rs.getString("qid"), qid -> new HashSet<>())
                        .add(rs.getObject("app_id", UUID.class)))
                .list();
        return apps;
    }

    public Set<String> heldBy(UUID appId, Collection<String> qids) {
        if (qids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select distinct qid from holders_token where app_id = :app and qid = any(:qids) and revoked_at is null""")
                .param("app", appId).param("qids", qids.toArray(String[]::new)).query(String.class).list());
    }

    public Set<UUID> appsWithPeopleIn(String areaCode) {
        return new HashSet<>(jdbc.sql("""
                select distinct app_id from holders_token where commune_code like :prefix and revoked_at is null""")
                .param("prefix", areaCode + (areaCode.length() == 2 ? "%" : "")).query(UUID.class).list());
    }

    /** The valid token with this hash; its use is noted (once a day at most) so that it is not taken for idle. */
    public Optional<Active> findActive(byte[] tokenHash) {
        record Found(Active active, boolean usedToday) {
        }
        Optional<Found> found = jdbc.sql("""
                select token_id, app_id, qid, last_used_at > now() - interval '1 day' as used_today from holders_token
                where token_hash = :hash and revoked_at is null""")
                .param("hash", tokenHash)
                .query((rs, rowNum) -> new Found(new Active(rs.getObject("token_id", UUID.class),
                        rs.getObject("app_id", UUID.class), rs.getString("qid")), rs.getBoolean("used_today")))
                .optional();
        found.filter(token -> !token.usedToday()).ifPresent(token -> jdbc.sql(
                        "update holders_token set last_used_at = now() where token_id = :id")
                .param("id", token.active().tokenId()).update());
        return found.map(Found::active);
    }

    /** The person's valid tokens, oldest first. */
    public java.util.List<HeldToken> activeOf(String qid) {
        return jdbc.sql("""
                select token_id, app_id, issued_at from holders_token
                where qid = :qid and revoked_at is null order by issued_at, token_id""")
                .param("qid", qid)
                .query((rs, rowNum) -> new HeldToken(rs.getObject("token_id", UUID.class), rs.getObject("app_id", UUID.class),
                        rs.getObject("issued_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Of these QIDs, those with a valid token. */
    public java.util.List<String> withActive(java.util.List<String> qids) {
        if (qids.isEmpty()) {
            return java.util.List.of();
        }
        return jdbc.sql("select distinct qid from holders_token where qid = any(:qids::text[]) and revoked_at is null")
                .param("qids", qids.toArray(String[]::new)).query(String.class).list();
    }

    /** The QIDs with a valid token after {@code after}, in order, at most {@code limit}. */
    public java.util.List<String> heldAfter(String after, int limit) {
        return jdbc.sql("""
                        select distinct qid from holders_token where revoked_at is null and qid > :after
                        order by qid limit :limit""")
                .param("after", after).param("limit", limit).query(String.class).list();
    }

    /** Revokes one valid token of {@code qid}. @return the token, empty when it has no such valid token */
    public Optional<Active> revoke(String qid, UUID tokenId) {
        return jdbc.sql("""
                update holders_token set revoked_at = now() where token_id = :id and qid = :qid and revoked_at is null
                returning token_id, app_id, qid""")
                .param("id", tokenId).param("qid", qid).query(HolderTokenRepository::active).optional();
    }

    /** @return the token, empty when it was revoked already */
    public Optional<Active> revoke(UUID tokenId) {
        return jdbc.sql("""
                update holders_token set revoked_at = now() where token_id = :id and revoked_at is null
                returning token_id, app_id, qid""")
                .param("id", tokenId).query(HolderTokenRepository::active).optional();
    }

    /** @return the tokens of {@code qid} that were still valid */
    public List<Active> revokeAll(String qid) {
        return jdbc.sql("""
                update holders_token set revoked_at = now() where qid = :qid and revoked_at is null
                returning token_id, app_id, qid""")
                .param("qid", qid).query(HolderTokenRepository::active).list();
    }

    private static Active active(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
        return new Active(rs.getObject("token_id", UUID.class), rs.getObject("app_id", UUID.class), rs.getString("qid"));
    }

    /** @return how many valid tokens, last used before {@code cutoff}, were revoked */
    int revokeUnusedSince(Instant cutoff) {
        return jdbc.sql("update holders_token set revoked_at = now() where revoked_at is null and last_used_at < :cutoff")
                .param("cutoff", cutoff.atOffset(ZoneOffset.UTC)).update();
    }

    /** @return how many tokens revoked before {@code cutoff} were deleted */
    int deleteRevokedBefore(Instant cutoff) {
        return jdbc.sql("delete from holders_token where revoked_at < :cutoff")
                .param("cutoff", cutoff.atOffset(ZoneOffset.UTC)).update();
    }
}
