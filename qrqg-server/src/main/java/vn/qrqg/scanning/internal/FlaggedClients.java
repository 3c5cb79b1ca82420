package vn.qrqg.scanning.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code scanning_flagged_client}: credentials that went past their hourly quota, by hour. */
@Repository
public class FlaggedClients {

    /**
     * A credential refused for its quota in a clock hour.
     *
     * @param venueCode the venue of a staff scanner, else {@code null}
     * @param scopes the scopes of the refused call
     * @param windowStart the clock hour (UTC) it went past its quota in
     */
    public record Flagged(String clientId, UUID appId, String venueCode, List<String> scopes, Instant windowStart,
            int peoplePerHour, Instant firstRefusedAt) {
    }

    /** A page of flags, newest first, and how many there are in all. */
    public record Page(long total, int page, int size, List<Flagged> items) {
    }

    private final JdbcClient jdbc;

    FlaggedClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Flags the credential for this hour, unless an instance did already. */
    public void flag(Flagged flagged) {
        jdbc.sql("""
                insert into scanning_flagged_client
                    (client_id, app_id, venue_code, scopes, window_start, people_per_hour, first_refused_at)
                values (:clientId, :appId, :venueCode, string_to_array(:scopes, ' '), :windowStart, :quota, :refusedAt)
                on conflict (client_id, window_start) do nothing""")
                .param("clientId", flagged.clientId()).param("appId", flagged.appId())
                .param("venueCode", flagged.venueCode()).param("scopes", String.join(" ", flagged.scopes()))
                .param("windowStart", flagged.windowStart().atOffset(ZoneOffset.UTC))
                .param("quota", flagged.peoplePerHour())
                .param("refusedAt", flagged.firstRefusedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Page {@code page} (from 0) of {@code size}, the newest first refusal first. */
    public Page page(int page, int size) {
        List<Flagged> items = jdbc.sql("""
                select client_id, app_id, venue_code, array_to_string(scopes, ' ') as scopes, window_start,
                       people_per_hour, first_refused_at
                from scanning_flagged_client
                order by first_refused_at desc, client_id
                offset :offset limit :size""")
                .param("offset", (long) page * size).param("size", size)
                .query((row, n) -> new Flagged(row.getString("client_id"), row.getObject("app_id", UUID.class),
                        row.getString("venue_code"), Arrays.asList(row.getString("scopes").split(" ")),
                        row.getObject("window_start", OffsetDateTime.class).toInstant(), row.getInt("people_per_hour"),
                        row.getObject("first_refused_at", OffsetDateTime.class).toInstant()))
                .list();
        long total = jdbc.sql("select count(*) from scanning_flagged_client").query(Long.class).single();
        return new Page(total, page, size, items);
    }
}
