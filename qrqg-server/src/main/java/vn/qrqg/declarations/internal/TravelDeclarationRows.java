package vn.qrqg.declarations.internal;

import static vn.qrqg.declarations.internal.HealthDeclarationRows.instant;
import static vn.qrqg.declarations.internal.HealthDeclarationRows.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.declarations.DeclaredBy;
import vn.qrqg.declarations.Transport;
import vn.qrqg.declarations.TravelDeclaration;

/** The table {@code declarations_travel}. */
final class TravelDeclarationRows {
    private static final String COLUMNS = """
            id, declared_at, qid, declared_by, from_province_code, from_commune_code, to_province_code,
            to_commune_code, transport, vehicle_number, vehicle_key, seat, departure_at, arrival_at""";
    /**
     * On board during [start, end): departed before its end and arrived (or, arrival unknown,
     * departed) at or after its start. The index (vehicle_key, departure_at) serves it.
     */
    private static final String ON_VEHICLE = """
            from declarations_travel
            where vehicle_key = :vehicleKey and departure_at < :end and coalesce(arrival_at, departure_at) >= :start
              and declared_at > :since""";

    private final JdbcClient jdbc;

    TravelDeclarationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps {@code declaration}, sent by the app {@code appId} ({@code clientId}). */
    void insert(TravelDeclaration declaration, UUID appId, String clientId) {
        jdbc.sql("""
                        insert into declarations_travel (id, declared_at, qid, declared_by, app_id, client_id,
                                                         from_province_code, from_commune_code, to_province_code,
                                                         to_commune_code, transport, vehicle_number, vehicle_key, seat,
                                                         departure_at, arrival_at)
                        values (:id, :declaredAt, :qid, :declaredBy, :appId, :clientId, :fromProvince, :fromCommune,
                                :toProvince, :toCommune, :transport, :vehicleNumber, :vehicleKey, :seat, :departureAt,
                                :arrivalAt)""")
                .param("id", declaration.id())
                .param("declaredAt", utc(declaration.declaredAt()))
                .param("qid", declaration.qid())
                .param("declaredBy", declaration.declaredBy().name())
                .param("appId", appId)
                .param("clientId", clientId)
                .param("fromProvince", declaration.fromProvinceCode())
                .param("fromCommune", declaration.fromCommuneCode())
                .param("toProvince", declaration.toProvinceCode())
                .param("toCommune", declaration.toCommuneCode())
                .param("transport", declaration.transport().name())
                .param("vehicleNumber", declaration.vehicleNumber())
                .param("vehicleKey", declaration.normalizedVehicleNumber())
                .param("seat", declaration.seat())
                .param("departureAt", utc(declaration.departureAt()))
                .param("arrivalAt", utc(declaration.arrivalAt()))
                .update();
    }

    /** The person's declarations among {@code ids} declared after {@code since}, in no order. */
    List<TravelDeclaration> find(String qid, Collection<UUID> ids, Instant since) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from declarations_travel"
                        + " where qid = :qid and id in (:ids) and declared_at > :since")
                .param("qid", qid).param("ids", List.copyOf(ids)).param("since", utc(since))
                .query((row, i) -> declaration(row)).list();
    }

    /**
     * The travels on the vehicle {@code vehicleKey} (normalised) during [start, end), declared
     * after {@code since}: by departure, then declaration.
     */
    List<TravelDeclaration> onVehicle(String vehicleKey, Instant start, Instant end, Instant since, long offset,
            int limit) {
        return jdbc.sql("select " + COLUMNS + " " + ON_VEHICLE + " order by departure_at, declared_at, id"
                        + " limit :limit offset :offset")
                .param("vehicleKey", vehicleKey).param("start", utc(start)).param("end", utc(end))
                .param("since", utc(since)).param("limit", limit).param("offset", offset)
                .query((row, i) -> declaration(row)).list();
    }

    /** Every travel on the vehicle during [start, end) declared after {@code since}, for tracing: unpaged. */
    List<TravelDeclaration> allOnVehicle(String vehicleKey, Instant start, Instant end, Instant since) {
        return jdbc.sql("select " + COLUMNS + " " + ON_VEHICLE)
                .param("vehicleKey", vehicleKey).param("start", utc(start)).param("end", utc(end))
                .param("since", utc(since)).query((row, i) -> declaration(row)).list();
    }

    /** These people's travels during [start, end) declared after {@code since} (the person index). */
    List<TravelDeclaration> ofPeople(Collection<String> qids, Instant start, Instant end, Instant since) {
        if (qids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + """
                         from declarations_travel
                        where qid = any(:qids::text[]) and declared_at > :since
                          and departure_at < :end and coalesce(arrival_at, departure_at) >= :start""")
                .param("qids", qids.toArray(String[]::new)).param("start", utc(start)).param("end", utc(end))
                .param("since", utc(since)).query((row, i) -> declaration(row)).list();
    }

    long countOnVehicle(String vehicleKey, Instant start, Instant end, Instant since) {
        return jdbc.sql("select count(*) " + ON_VEHICLE)
                .param("vehicleKey", vehicleKey).param("start", utc(start)).param("end", utc(end))
                .param("since", utc(since)).query(Long.class).single();
    }

    private static TravelDeclaration declaration(ResultSet row) throws SQLException {
        return new TravelDeclaration(row.getObject("id", UUID.class), row.getString("qid"),
                instant(row, "declared_at"), DeclaredBy.valueOf(row.getString("declared_by")),
                row.getString("from_province_code"), row.getString("from_commune_code"),
                row.getString("to_province_code"), row.getString("to_commune_code"),
                Transport.valueOf(row.getString("transport")), row.getString("vehicle_number"),
                row.getString("vehicle_key"), row.getString("seat"), instant(row, "departure_at"),
                instant(row, "arrival_at"));
    }
}
