package vn.qrqg.passports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.passports.PassportStatus;

/** The table {@code passports_request}: all of its SQL. */
@Repository
class PassportRepository {
    private static final String COLUMNS = "request_id, app_id, site, status, content_sealed, reason_sealed, hc1_sealed, "
            + "requested_at, site_decided_at, site_decided_by, decided_at, decided_by, valid_from, valid_until, revoked_at";

    /** One row; the sealed parts as stored. */
    record Stored(UUID requestId, UUID appId, String site, PassportStatus status, byte[] contentSealed,
            byte[] reasonSealed, byte[] hc1Sealed, Instant requestedAt, Instant siteDecidedAt, String siteDecidedBy,
            Instant decidedAt, String decidedBy, Instant validFrom, Instant validUntil, Instant revokedAt) {
    }

    private final JdbcClient jdbc;

    PassportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new request; false, changing nothing, when the person has an open one (the unique index). */
    boolean insert(UUID requestId, byte[] personKey, UUID appId, String site, byte[] contentSealed, Instant at) {
        return jdbc.sql("""
                insert into passports_request (request_id, person_key, app_id, site, status, content_sealed, requested_at)
                values (:id, :person, :app, :site, 'AWAITING_SITE', :content, :at)
                on conflict (person_key) where status in ('AWAITING_SITE', 'AWAITING_SIGNATURE') do nothing""")
                .param("id", requestId).param("person", personKey).param("app", appId).param("site", site)
                .param("content", contentSealed).param("at", utc(at)).update() == 1;
    }

    Optional<Stored> openOf(byte[] personKey) {
        return jdbc.sql("select " + COLUMNS + " from passports_request where person_key = :person"
                        + " and status in ('AWAITING_SITE', 'AWAITING_SIGNATURE')")
                .param("person", personKey).query(PassportRepository::row).optional();
    }

    /** The person's requests, newest first. */
    List<Stored> ofPerson(byte[] personKey) {
        return jdbc.sql("select " + COLUMNS + " from passports_request where person_key = :person"
                        + " order by requested_at desc, request_id")
                .param("person", personKey).query(PassportRepository::row).list();
    }

    Optional<Stored> ofPerson(byte[] personKey, UUID requestId) {
        return jdbc.sql("select " + COLUMNS + " from passports_request where request_id = :id and person_key = :person")
                .param("id", requestId).param("person", personKey).query(PassportRepository::row).optional();
    }

    /** The request, locked until the end of the caller's transaction: its steps apply one after the other. */
    Optional<Stored> forUpdate(UUID requestId) {
        return jdbc.sql("select " + COLUMNS + " from passports_request where request_id = :id for update")
                .param("id", requestId).query(PassportRepository::row).optional();
    }

    /** Requests awaiting {@code site}, oldest first, at most {@code limit}. */
    List<Stored> awaitingSite(String site, int limit) {
        return jdbc.sql("select " + COLUMNS + " from passports_request where status = 'AWAITING_SITE' and site = :site"
                        + " order by requested_at, request_id limit :limit")
                .param("site", site).param("limit", limit).query(PassportRepository::row).list();
    }

    /** Requests awaiting the department's signature, nationwide, oldest first, at most {@code limit}. */
    List<Stored> awaitingSignature(int limit) {
        return jdbc.sql("select " + COLUMNS + " from passports_request where status = 'AWAITING_SIGNATURE'"
                        + " order by requested_at, request_id limit :limit")
                .param("limit", limit).query(PassportRepository::row).list();
    }

    void markSiteDecided(UUID requestId, PassportStatus status, byte[] reasonSealed, Instant at, String by) {
        jdbc.sql("""
                update passports_request set status = :status, reason_sealed = :reason, site_decided_at = :at,
                       site_decided_by = :by, decided_at = case when :status = 'REJECTED' then :at else decided_at end
                where request_id = :id""")
                .param("id", requestId).param("status", status.name()).param("reason", reasonSealed)
                .param("at", utc(at)).param("by", by).update();
    }

    void markRejected(UUID requestId, byte[] reasonSealed, Instant at, String by) {
        jdbc.sql("""
                update passports_request set status = 'REJECTED', reason_sealed = :reason, decided_at = :at, decided_by = :by
                where request_id = :id""")
                .param("id", requestId).param("reason", reasonSealed).param("at", utc(at)).param("by", by).update();
    }

    void markIssued(UUID requestId, byte[] hc1Sealed, Instant at, String by, Instant validUntil) {
        jdbc.sql("""
                update passports_request set status = 'ISSUED', hc1_sealed = :hc1, decided_at = :at, decided_by = :by,
                       valid_from = :at, valid_until = :until
                where request_id = :id""")
                .param("id", requestId).param("hc1", hc1Sealed).param("at", utc(at)).param("by", by)
                .param("until", utc(validUntil)).update();
    }

    void markRevoked(UUID requestId, byte[] reasonSealed, Instant at) {
        jdbc.sql("update passports_request set status = 'REVOKED', reason_sealed = :reason, revoked_at = :at"
                        + " where request_id = :id")
                .param("id", requestId).param("reason", reasonSealed).param("at", utc(at)).update();
    }

    /** Drops rejected requests decided before {@code rejectedBefore}, and passports valid until before {@code expiredBefore}. */
    int deleteExpired(Instant rejectedBefore, Instant expiredBefore) {
        return jdbc.sql("""
                delete from passports_request
                where (status = 'REJECTED' and decided_at < :rejected) or valid_until < :expired""")
                .param("rejected", utc(rejectedBefore)).param("expired", utc(expiredBefore)).update();
    }

    private static Stored row(ResultSet rs, int rowNum) throws SQLException {
        return new Stored(rs.getObject("request_id", UUID.class), rs.getObject("app_id", UUID.class), rs.getString("site"),
                PassportStatus.valueOf(rs.getString("status")), rs.getBytes("content_sealed"),
                rs.getBytes("reason_sealed"), rs.getBytes("hc1_sealed"), instant(rs, "requested_at"),
                instant(rs, "site_decided_at"), rs.getString("site_decided_by"), instant(rs, "decided_at"),
                rs.getString("decided_by"), instant(rs, "valid_from"), instant(rs, "valid_until"),
                instant(rs, "revoked_at"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(java.time.ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
