package vn.qrqg.venues.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.codec.venue.VenueCode;

/** The table {@code venues_registration}. */
@Repository
class RegistrationRepository {

    /** A registration as stored: the checked details as text, and the state of its code. */
    record Stored(UUID registrationId, String name, String type, String provinceCode, String communeCode, String address,
            String ownerName, String ownerPhone, byte[] codeHash, Instant codeExpiresAt, int failedAttempts,
            String status) {
    }

    private final JdbcClient jdbc;

    RegistrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks this phone's registrations until the end of the transaction (an advisory lock, so
     * that two requests cannot both pass the limit) and tells when the oldest of those made
     * since {@code since} was made, and how many there are.
     */
    Recent lockAndCountSince(String phone, Instant since) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", "venues-registration:" + phone)
                .query(Object.class).single();
        return jdbc.sql("select count(*) as n, min(created_at) as oldest from venues_registration "
                        + "where owner_phone = :phone and created_at >= :since")
                .param("phone", phone).param("since", utc(since))
                .query((rs, n) -> new Recent(rs.getInt("n"), instant(rs.getObject("oldest", OffsetDateTime.class))))
                .single();
    }

    /** @param oldest null when {@code count} is 0 */
    record Recent(int count, Instant oldest) {
    }

    void insert(UUID id, VenueDetails details, byte[] codeHash, Instant expiresAt) {
        jdbc.sql("""
                insert into venues_registration (registration_id, name, type, province_code, commune_code, address,
                    owner_name, owner_phone, code_hash, code_expires_at, status)
                values (:id, :name, :type, :province, :commune, :address, :ownerName, :ownerPhone, :hash, :expires, 'PENDING')""")
                .param("id", id).param("name", details.name()).param("type", details.type().code())
                .param("province", details.province().code()).param("commune", details.commune().code())
                .param("address", details.address()).param("ownerName", details.ownerName())
                .param("ownerPhone", details.ownerPhone().value()).param("hash", codeHash).param("expires", utc(expiresAt))
                .update();
    }

    /** @return how many registrations begun before {@code cutoff} were deleted */
    int deleteBefore(Instant cutoff) {
        return jdbc.sql("delete from venues_registration where created_at < :cutoff").param("cutoff", utc(cutoff))
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from venues_registration where registration_id = :id").param("id", id).update();
    }

    /** The row, locked until the end of the caller's transaction: attempts are counted one after the other. */
    Optional<Stored> findForUpdate(UUID id) {
        return jdbc.sql("select * from venues_registration where registration_id = :id for update").param("id", id)
                .query((rs, n) -> new Stored(rs.getObject("registration_id", UUID.class), rs.getString("name"),
                        rs.getString("type"), rs.getString("province_code"), rs.getString("commune_code"),
                        rs.getString("address"), rs.getString("owner_name"), rs.getString("owner_phone"),
                        rs.getBytes("code_hash"), instant(rs.getObject("code_expires_at", OffsetDateTime.class)),
                        rs.getInt("failed_attempts"), rs.getString("status")))
                .optional();
    }

    /** One more wrong code; closed for good when {@code close}. */
    void recordWrongCode(UUID id, boolean close) {
        jdbc.sql("update venues_registration set failed_attempts = failed_attempts + 1, "
                        + "status = case when :close then 'CLOSED' else status end where registration_id = :id")
                .param("id", id).param("close", close).update();
    }

    void markConfirmed(UUID id, VenueCode venue) {
        jdbc.sql("update venues_registration set status = 'CONFIRMED', venue_code = :venue where registration_id = :id")
                .param("id", id).param("venue", venue.value()).update();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
