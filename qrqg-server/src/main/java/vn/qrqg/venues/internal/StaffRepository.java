package vn.qrqg.venues.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.codec.venue.VenueCode;

/** The table {@code venues_staff}. */
@Repository
class StaffRepository {
    private static final String COLUMNS = "staff_id, venue_code, name, phone, app_id, client_id, created_at, removed_at";

    /** @param removedAt null while they are staff */
    record Staff(UUID staffId, VenueCode venueCode, String name, String phone, UUID appId, String clientId,
            Instant createdAt, Instant removedAt) {
    }

    private final JdbcClient jdbc;

    StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID staffId, VenueCode venue, String name, String phone, UUID appId, String clientId) {
        jdbc.sql("""
                insert into venues_staff (staff_id, venue_code, name, phone, app_id, client_id)
                values (:staffId, :venue, :name, :phone, :appId, :clientId)""")
                .param("staffId", staffId).param("venue", venue.value()).param("name", name).param("phone", phone)
                .param("appId", appId).param("clientId", clientId).update();
    }

    int countCurrent(VenueCode venue) {
        return jdbc.sql("select count(*) from venues_staff where venue_code = :venue and removed_at is null")
                .param("venue", venue.value()).query(Integer.class).single();
    }

    /** The venue's staff member of this id, current or removed; another venue's is not found. */
    Optional<Staff> find(VenueCode venue, UUID staffId) {
        return jdbc.sql("select " + COLUMNS + " from venues_staff where venue_code = :venue and staff_id = :staffId")
                .param("venue", venue.value()).param("staffId", staffId).query(StaffRepository::row).optional();
    }

    /** The staff member of this id, at whichever venue, current or removed. */
    Optional<Staff> find(UUID staffId) {
        return jdbc.sql("select " + COLUMNS + " from venues_staff where staff_id = :staffId")
                .param("staffId", staffId).query(StaffRepository::row).optional();
    }

    /** The current staff member whose scanner is this app. */
    Optional<Staff> findCurrentByApp(UUID appId) {
        return jdbc.sql("select " + COLUMNS + " from venues_staff where app_id = :appId and removed_at is null")
                .param("appId", appId).query(StaffRepository::row).optional();
    }

    List<Staff> listCurrent(VenueCode venue) {
        return jdbc.sql("select " + COLUMNS + " from venues_staff where venue_code = :venue and removed_at is null "
                        + "order by created_at, staff_id")
                .param("venue", venue.value()).query(StaffRepository::row).list();
    }

    void markRemoved(UUID staffId) {
        jdbc.sql("update venues_staff set removed_at = now() where staff_id = :staffId and removed_at is null")
                .param("staffId", staffId).update();
    }

    /** @return how many staff removed before {@code cutoff} were deleted, name and phone with them */
    int deleteRemovedBefore(Instant cutoff) {
        return jdbc.sql("delete from venues_staff where removed_at < :cutoff")
                .param("cutoff", RegistrationRepository.utc(cutoff)).update();
    }

    private static Staff row(ResultSet rs, int rowNum) throws SQLException {
        OffsetDateTime removed = rs.getObject("removed_at", OffsetDateTime.class);
        return new Staff(rs.getObject("staff_id", UUID.class), new VenueCode(rs.getString("venue_code")),
                rs.getString("name"), rs.getString("phone"), rs.getObject("app_id", UUID.class),
                rs.getString("client_id"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                removed == null ? null : removed.toInstant());
    }
}
