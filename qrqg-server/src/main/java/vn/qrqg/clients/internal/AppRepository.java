package vn.qrqg.clients.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.clients.App;
import vn.qrqg.clients.AppStatus;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.platform.database.ReplicaReads;

/** The table {@code clients_app}. */
@Repository
public class AppRepository {
    private static final String COLUMNS =
            "app_id, name, operator, client_id, client_secret_hash, scopes, status, created_at, status_changed_at, venue_code, provinces, vaccination_site";

    private final JdbcClient jdbc;
    private final ReplicaReads replica;

    public AppRepository(JdbcClient jdbc, ReplicaReads replica) {
        this.jdbc = jdbc;
        this.replica = replica;
    }

    /** Inserts the app; false, changing nothing, when its client_id is taken already. */
    public boolean insert(UUID appId, String name, String operator, String clientId, String clientSecretHash,
            List<String> scopes, AppStatus status) {
        return insert(appId, name, operator, clientId, clientSecretHash, scopes, status, null);
    }

    /** As above, for a client bound to a venue (a staff scanner) when {@code venueCode} is not null. */
    public boolean insert(UUID appId, String name, String operator, String clientId, String clientSecretHash,
            List<String> scopes, AppStatus status, VenueCode venueCode) {
        return insert(appId, name, operator, clientId, clientSecretHash, scopes, status, venueCode, null);
    }

    /** As above, for an app bound to a vaccination site (scope dcc:site) when {@code vaccinationSite} is not null. */
    public boolean insert(UUID appId, String name, String operator, String clientId, String clientSecretHash,
            List<String> scopes, AppStatus status, VenueCode venueCode, String vaccinationSite) {
        return jdbc.sql("""
                insert into clients_app (app_id, name, operator, client_id, client_secret_hash, scopes, status, venue_code,
                                         vaccination_site)
                values (:appId, :name, :operator, :clientId, :hash, :scopes, :status, :venueCode, :vaccinationSite)
                on conflict (client_id) do nothing""")
                .param("appId", appId).param("name", name).param("operator", operator).param("clientId", clientId)
                .param("hash", clientSecretHash).param("scopes", scopes.toArray(String[]::new))
                .param("status", status.name()).param("venueCode", venueCode == null ? null : venueCode.value())
                .param("vaccinationSite", vaccinationSite).update() == 1;
    }

    public Optional<StoredApp> find(UUID appId) {
        return jdbc.sql("select " + COLUMNS + " from clients_app where app_id = :appId")
                .param("appId", appId).query(AppRepository::row).optional();
    }

    public Optional<StoredApp> findByClientId(String clientId) {
        return jdbc.sql("select " + COLUMNS + " from clients_app where client_id = :clientId")
                .param("clientId", clientId).query(AppRepository::row).optional();
    }

    /**
     * The certified apps by name, but for operator clients (scope admin) and venues' staff
     * scanners: those are no apps for citizens.
     */
    public List<App> findCertifiedApps() {
        return certifiedApps(jdbc);
    }

    /**
     * The same, from the read replica when there is one, for the public list only: an app just
     * certified or suspended may show as it was for the replica's lag. Whether an app may act is
     * read from the primary ({@link #findByClientId}).
     */
    public List<App> findCertifiedAppsForDisplay() {
        return certifiedApps(replica.jdbc());
    }

    private static List<App> certifiedApps(JdbcClient jdbc) {
        return jdbc.sql("select " + COLUMNS + " from clients_app where status = 'CERTIFIED' and not ('admin' = any(scopes))"
                        + " and venue_code is null"
                        + " order by name, app_id")
                .query(AppRepository::row).list().stream().map(StoredApp::app).toList();
    }

    /**
     * Apps for operators, newest first, at most {@code limit}, of one status or any (null); not
     * venues' staff scanners, which their venue's owner manages.
     */
    public List<App> findApps(AppStatus status, int limit) {
        return jdbc.sql("select " + COLUMNS + " from clients_app where venue_code is null"
                        + " and (cast(:status as text) is null or status = cast(:status as text))"
                        + " order by created_at desc, app_id limit :limit")
                .param("status", status == null ? null : status.name()).param("limit", limit)
                .query(AppRepository::row).list().stream().map(StoredApp::app).toList();
    }

    /** Every client bound to {@code venueCode} (its staff scanners), revoked ones included, oldest first. */
    public List<App> findByVenue(VenueCode venueCode) {
        return jdbc.sql("select " + COLUMNS + " from clients_app where venue_code = :venueCode order by created_at, app_id")
                .param("venueCode", venueCode.value()).query(AppRepository::row).list().stream().map(StoredApp::app)
                .toList();
    }

    /** The row, locked until the end of the caller's transaction: status changes apply one after the other. */
    public Optional<StoredApp> findForUpdate(UUID appId) {
        return jdbc.sql("select " + COLUMNS + " from clients_app where app_id = :appId for update")
                .param("appId", appId).query(AppRepository::row).optional();
    }

    public void setStatus(UUID appId, AppStatus status) {
        jdbc.sql("update clients_app set status = :status, status_changed_at = now() where app_id = :appId")
                .param("appId", appId).param("status", status.name()).update();
    }

    /** Limits the app to these provinces; none: the whole country. */
    public void setProvinces(UUID appId, List<String> provinces) {
        jdbc.sql("update clients_app set provinces = :provinces where app_id = :appId")
                .param("appId", appId).param("provinces", provinces.isEmpty() ? null : provinces.toArray(String[]::new))
                .update();
    }

    public void updateSecretHash(String clientId, String clientSecretHash) {
        jdbc.sql("update clients_app set client_secret_hash = :hash where client_id = :clientId")
                .param("clientId", clientId).param("hash", clientSecretHash).update();
    }

    private static StoredApp row(ResultSet rs, int rowNum) throws SQLException {
        App app = new App(rs.getObject("app_id", UUID.class), rs.getString("name"), rs.getString("operator"),
                rs.getString("client_id"), strings(rs.getArray("scopes")), AppStatus.valueOf(rs.getString("status")),
                instant(rs, "created_at"), instant(rs, "status_changed_at"), venueCode(rs.getString("venue_code")),
                strings(rs.getArray("provinces")), rs.getString("vaccination_site"));
        return new StoredApp(app, rs.getString("client_secret_hash"));
    }

    private static VenueCode venueCode(String value) {
        return value == null ? null : new VenueCode(value);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
