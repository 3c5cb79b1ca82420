package vn.qrqg.declarations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.declarations.DeclaredBy;
import vn.qrqg.declarations.HealthDeclaration;
import vn.qrqg.declarations.Symptom;
import vn.qrqg.declarations.VisitedPlace;

/** The table {@code declarations_health}. */
final class HealthDeclarationRows {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<VisitedPlace>> PLACES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    HealthDeclarationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps {@code declaration}, sent by the app {@code appId} ({@code clientId}). */
    void insert(HealthDeclaration declaration, UUID appId, String clientId) {
        jdbc.sql("""
                        insert into declarations_health (id, declared_at, qid, declared_by, app_id, client_id, symptoms,
                                                         contact_with_confirmed_case, contact_details, places_visited)
                        values (:id, :declaredAt, :qid, :declaredBy, :appId, :clientId, string_to_array(:symptoms, ','),
                                :contact, :contactDetails, cast(:places as jsonb))""")
                .param("id", declaration.id())
                .param("declaredAt", utc(declaration.declaredAt()))
                .param("qid", declaration.qid())
                .param("declaredBy", declaration.declaredBy().name())
                .param("appId", appId)
                .param("clientId", clientId)
                .param("symptoms", String.join(",", declaration.symptoms().stream().map(Symptom::name).toList()))
                .param("contact", declaration.contactWithConfirmedCase())
                .param("contactDetails", declaration.contactDetails())
                .param("places", JSON.writeValueAsString(declaration.placesVisited()))
                .update();
    }

    /** The person's declarations among {@code ids} declared after {@code since}, in no order. */
    List<HealthDeclaration> find(String qid, Collection<UUID> ids, Instant since) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, declared_at, qid, declared_by, symptoms, contact_with_confirmed_case,
                               contact_details, places_visited::text as places_visited
                        from declarations_health
                        where qid = :qid and id in (:ids) and declared_at > :since""")
                .param("qid", qid).param("ids", List.copyOf(ids)).param("since", utc(since))
                .query((row, i) -> declaration(row)).list();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static HealthDeclaration declaration(ResultSet row) throws SQLException {
        List<Symptom> symptoms = Arrays.stream((String[]) row.getArray("symptoms").getArray())
                .map(Symptom::valueOf).toList();
        return new HealthDeclaration(row.getObject("id", UUID.class), row.getString("qid"),
                instant(row, "declared_at"), DeclaredBy.valueOf(row.getString("declared_by")), symptoms,
                row.getBoolean("contact_with_confirmed_case"), row.getString("contact_details"),
                JSON.readValue(row.getString("places_visited"), PLACES));
    }
}
