package vn.qrqg.risk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.risk.RiskCriteriaChanged;

/**
 * Every version of the criteria in {@code risk_criteria}: the country's timeline ({@code VN}, the
 * shipped Decisions 4800 and 218 first) and any province's own. Read into memory, and again once
 * older than {@code timeToLive}, so that an upload through another instance applies here within
 * that time. Thread-safe.
 */
final class CriteriaVersions {
    static final String NATIONAL = "VN";
    /** The shipped versions, in order: VN-1, VN-2. */
    static final List<String> SHIPPED = List.of("/risk/criteria-4800.json", "/risk/criteria-218.json");

    /** One version; {@code uploadedBy} null for the shipped ones. */
    record Version(String scope, int version, LocalDate effectiveFrom, Criteria criteria, Instant uploadedAt,
            String uploadedBy) {

        /** How the API names it, e.g. {@code VN-2}, {@code 79-1}. */
        String id() {
            return scope + "-" + version;
        }
    }

    private record Snapshot(List<Version> versions, long loadedAt) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final EventOutbox events;
    private final Clock clock;
    private final long timeToLiveNanos;
    private volatile Snapshot snapshot;

    CriteriaVersions(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, EventOutbox events, Clock clock,
            Duration timeToLive) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.events = events;
        this.clock = clock;
        this.timeToLiveNanos = timeToLive.toNanos();
    }

    /** Stores the shipped versions unless they are there (every instance at its start; the first one wins). */
    void ship() {
        for (int i = 0; i < SHIPPED.size(); i++) {
            CriteriaJson.Upload shipped = shipped(SHIPPED.get(i));
            jdbc.sql("""
                            insert into risk_criteria (scope, version, effective_from, definition, uploaded_at)
                            values (:scope, :version, :from, cast(:definition as jsonb), :now)
                            on conflict do nothing""")
                    .param("scope", NATIONAL).param("version", i + 1).param("from", Date.valueOf(shipped.effectiveFrom()))
                    .param("definition", json.writeValueAsString(CriteriaJson.json(shipped.criteria())))
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        reload();
    }

    static CriteriaJson.Upload shipped(String resource) {
        try (InputStream stream = CriteriaVersions.class.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return CriteriaJson.read(JsonMapper.builder().build().readTree(stream));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every version, by scope and version. */
    List<Version> all() {
        return current();
    }

    /**
     * The criteria of the province on {@code day}: its own version in force then, else the
     * country's (the earliest when none was in force yet).
     */
    Version inForce(String provinceCode, LocalDate day) {
        List<Version> versions = current();
        return latest(versions, provinceCode, day)
                .or(() -> latest(versions, NATIONAL, day))
                .orElseGet(() -> versions.stream().filter(v -> v.scope().equals(NATIONAL))
                        .min(Comparator.comparing(Version::effectiveFrom)).orElseThrow());
    }

    /** The country's version in force on {@code day}. */
    Version national(LocalDate day) {
        return inForce(NATIONAL, day);
    }

    /** Of one scope's versions, the last that began by {@code day}: of two from one day, the later upload. */
    private static Optional<Version> latest(List<Version> versions, String scope, LocalDate day) {
        return versions.stream().filter(v -> v.scope().equals(scope) && !v.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(Version::effectiveFrom).thenComparing(Version::version));
    }

    /**
     * Stores the scope's next version, in force from {@code effectiveFrom} (today when null; never
     * before today), and applies it here at once. Publishes {@link RiskCriteriaChanged}.
     */
    Version upload(String scope, Criteria criteria, LocalDate effectiveFrom, LocalDate today, String by) {
        if (effectiveFrom != null && effectiveFrom.isBefore(today)) {
            throw new InvalidFieldException("effectiveFrom", "must not lie in the past: leave it out to apply from today");
        }
        LocalDate from = effectiveFrom == null ? today : effectiveFrom;
        Instant now = clock.instant();
        int version = transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('risk_criteria:' || :scope))").param("scope", scope)
                    .query().singleRow();
            Integer stored = jdbc.sql("""
                            insert into risk_criteria (scope, version, effective_from, definition, uploaded_at, uploaded_by)
                            select :scope, coalesce(max(version), 0) + 1, :from, cast(:definition as jsonb), :now, :by
                            from risk_criteria where scope = :scope
                            returning version""")
                    .param("scope", scope).param("from", Date.valueOf(from))
                    .param("definition", json.writeValueAsString(CriteriaJson.json(criteria)))
                    .param("now", Timestamp.from(now)).param("by", by)
                    .query(Integer.class).single();
            events.publish(new RiskCriteriaChanged(scope, stored, from, criteria.name(), by, Instant.now()));
            return stored;
        });
        reload();
        return current().stream().filter(v -> v.scope().equals(scope) && v.version() == version).findFirst().orElseThrow();
    }

    private List<Version> current() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.loadedAt() >= timeToLiveNanos) {
            reload();
        }
        return snapshot.versions();
    }

    private synchronized void reload() {
        List<Version> versions = jdbc.sql("""
                        select scope, version, effective_from, definition::text as definition, uploaded_at, uploaded_by
                        from risk_criteria order by scope, version""")
                .query((row, i) -> new Version(row.getString("scope"), row.getInt("version"),
                        row.getDate("effective_from").toLocalDate(),
                        CriteriaJson.read(json.readTree(row.getString("definition"))).criteria(),
                        row.getTimestamp("uploaded_at").toInstant(), row.getString("uploaded_by")))
                .list();
        snapshot = new Snapshot(versions, System.nanoTime());
    }
}
