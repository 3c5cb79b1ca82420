package vn.qrqg.venues.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.platform.database.ReplicaReads;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.VenueStatus;
import vn.qrqg.venues.VenueType;

/** The table {@code venues_venue}. */
@Repository
public class VenueRepository {
    private static final String COLUMNS = "venue_code, name, type, address, commune_code, province_code, status, created_at";

    private final JdbcClient jdbc;
    private final ReplicaReads replica;

    VenueRepository(JdbcClient jdbc, ReplicaReads replica) {
        this.jdbc = jdbc;
        this.replica = replica;
    }

    /** False, changing nothing, when the code is taken: the caller draws another. */
    boolean insert(VenueCode code, RegistrationRepository.Stored registration, String ownerTokenHash) {
        return jdbc.sql("""
                insert into venues_venue (venue_code, name, type, province_code, commune_code, address, owner_name,
                    owner_phone, owner_token_hash, registration_id)
                values (:code, :name, :type, :province, :commune, :address, :ownerName, :ownerPhone, :tokenHash, :registration)
                on conflict (venue_code) do nothing""")
                .param("code", code.value()).param("name", registration.name()).param("type", registration.type())
                .param("province", registration.provinceCode()).param("commune", registration.communeCode())
                .param("address", registration.address()).param("ownerName", registration.ownerName())
                .param("ownerPhone", registration.ownerPhone()).param("tokenHash", ownerTokenHash)
                .param("registration", registration.registrationId())
                .update() == 1;
    }

    public Optional<Venue> find(VenueCode code) {
        return jdbc.sql("select " + COLUMNS + " from venues_venue where venue_code = :code")
                .param("code", code.value()).query(VenueRepository::row).optional();
    }

    /**
     * The venue as the read replica has it, for showing only (its public facts and page): a venue
     * just registered or suspended may show as it was for the replica's lag. A check-in or scan
     * reads {@link #find} from the primary.
     */
    public Optional<Venue> findForDisplay(VenueCode code) {
        return replica.jdbc().sql("select " + COLUMNS + " from venues_venue where venue_code = :code")
                .param("code", code.value()).query(VenueRepository::row).optional();
    }

    /** The venues of these codes that exist, in one query. */
    public List<Venue> findAll(Collection<VenueCode> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from venues_venue where venue_code = any(:codes::text[])")
                .param("codes", codes.stream().map(VenueCode::value).toArray(String[]::new))
                .query(VenueRepository::row).list();
    }

    /** Locks the venue's row until the end of the caller's transaction: staff are added one after the other. */
    Optional<Venue> findForUpdate(VenueCode code) {
        return jdbc.sql("select " + COLUMNS + " from venues_venue where venue_code = :code for update")
                .param("code", code.value()).query(VenueRepository::row).optional();
    }

    /** False when no venue has this code. */
    public boolean updateStatus(VenueCode code, VenueStatus status) {
        return jdbc.sql("update venues_venue set status = :status where venue_code = :code")
                .param("status", status.name()).param("code", code.value()).update() == 1;
    }

    /** The venue whose owner token has this hash. */
    Optional<VenueCode> findByOwnerTokenHash(String hash) {
        return jdbc.sql("select venue_code from venues_venue where owner_token_hash = :hash").param("hash", hash)
                .query(String.class).optional().map(VenueCode::new);
    }

    private static Venue row(ResultSet rs, int rowNum) throws SQLException {
        return new Venue(new VenueCode(rs.getString("venue_code")), rs.getString("name"),
                VenueType.valueOf(rs.getString("type").toUpperCase(java.util.Locale.ROOT)), rs.getString("address"),
                rs.getString("commune_code"), rs.getString("province_code"), VenueStatus.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
