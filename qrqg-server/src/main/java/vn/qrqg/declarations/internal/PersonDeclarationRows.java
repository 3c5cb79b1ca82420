package vn.qrqg.declarations.internal;

import static vn.qrqg.declarations.internal.HealthDeclarationRows.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.declarations.Declaration;
import vn.qrqg.declarations.HealthDeclaration;
import vn.qrqg.declarations.TravelDeclaration;

/**
 * A person's declarations of both kinds as one list, newest first: which ones make the page
 * (one query over both tables, by the (qid, declared_at) index of each), then those rows.
 */
final class PersonDeclarationRows {
    private static final String BOTH = """
            from (select 'HEALTH' as kind, id, declared_at from declarations_health
                   where qid = :qid and declared_at > :since
                   union all
                   select 'TRAVEL' as kind, id, declared_at from declarations_travel
                   where qid = :qid and declared_at > :since) as declarations""";

    private record Key(String kind, UUID id) {
    }

    private final JdbcClient jdbc;
    private final HealthDeclarationRows health;
    private final TravelDeclarationRows travel;

    PersonDeclarationRows(JdbcClient jdbc, HealthDeclarationRows health, TravelDeclarationRows travel) {
        this.jdbc = jdbc;
        this.health = health;
        this.travel = travel;
    }

    /** The person's declarations made after {@code since}, newest first. */
    List<Declaration> page(String qid, Instant since, long offset, int limit) {
        List<Key> keys = jdbc.sql("select kind, id " + BOTH + " order by declared_at desc, id desc"
                        + " limit :limit offset :offset")
                .param("qid", qid).param("since", utc(since)).param("limit", limit).param("offset", offset)
                .query((row, i) -> new Key(row.getString("kind"), row.getObject("id", UUID.class))).list();
        Map<UUID, Declaration> found = new HashMap<>();
        health.find(qid, ids(keys, HealthDeclaration.KIND), since).forEach(d -> found.put(d.id(), d));
        travel.find(qid, ids(keys, TravelDeclaration.KIND), since).forEach(d -> found.put(d.id(), d));
        // in the order of the page; one dropped by the retention between both queries is left out
        return keys.stream().map(key -> found.get(key.id())).filter(Objects::nonNull).toList();
    }

    long count(String qid, Instant since) {
        return jdbc.sql("select count(*) " + BOTH).param("qid", qid).param("since", utc(since))
                .query(Long.class).single();
    }

    private static List<UUID> ids(List<Key> keys, String kind) {
        List<UUID> ids = new ArrayList<>();
        keys.stream().filter(key -> key.kind().equals(kind)).forEach(key -> ids.add(key.id()));
        return ids;
    }
}
