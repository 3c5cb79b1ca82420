package vn.qrqg.risk.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code risk_level}: each day's computed levels of provinces and communes, kept as history. */
@Repository
class LevelRepository {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<MeasureResult>> MEASURES = new TypeReference<>() {
    };

    /** A coverage measure of the criteria, and what it found: {@code vaccinated} of {@code people}. */
    record MeasureResult(String name, Criteria.Doses doses, int minAge, double targetPercent, long people,
            long vaccinated, boolean met) {
    }

    /**
     * One locality's assessment of one day.
     *
     * @param code a province's 2 digits or a commune's 5
     * @param computedLevel null without population
     * @param criteria the id of the criteria version, e.g. {@code VN-2}
     */
    record Assessed(LocalDate assessedOn, String code, Integer computedLevel, LocalDate computedSince, long cases,
            long population, List<MeasureResult> coverage, Boolean capacityMet, String criteria, Instant computedAt) {

        Assessed {
            coverage = List.copyOf(coverage);
        }

        boolean coverageMet() {
            return coverage.stream().allMatch(MeasureResult::met);
        }
    }

    private final JdbcClient jdbc;

    LevelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores these assessments of their day, replacing any of the same codes. */
    void put(Collection<Assessed> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into risk_level (assessed_on, code, computed_level, computed_since, cases, population,
                                                coverage, capacity_met, criteria, computed_at)
                        select * from unnest(:days::date[], :codes::text[], :levels::smallint[], :sinces::date[],
                                             :cases::int[], :populations::bigint[], :coverages::jsonb[],
                                             :capacities::boolean[], :criteria::text[], :at::timestamptz[])
                        on conflict (assessed_on, code) do update set computed_level = excluded.computed_level,
                            computed_since = excluded.computed_since, cases = excluded.cases,
                            population = excluded.population, coverage = excluded.coverage,
                            capacity_met = excluded.capacity_met, criteria = excluded.criteria,
                            computed_at = excluded.computed_at""")
                .param("days", rows.stream().map(r -> r.assessedOn().toString()).toArray(String[]::new))
                .param("codes", rows.stream().map(Assessed::code).toArray(String[]::new))
                .param("levels", rows.stream().map(r -> r.computedLevel() == null ? null : r.computedLevel().toString())
                        .toArray(String[]::new))
                .param("sinces", rows.stream().map(r -> r.computedSince().toString()).toArray(String[]::new))
                .param("cases", rows.stream().map(r -> Long.toString(r.cases())).toArray(String[]::new))
                .param("populations", rows.stream().map(r -> Long.toString(r.population())).toArray(String[]::new))
                .param("coverages", rows.stream().map(r -> JSON.writeValueAsString(r.coverage())).toArray(String[]::new))
                .param("capacities", rows.stream().map(r -> r.capacityMet() == null ? null : r.capacityMet().toString())
                        .toArray(String[]::new))
                .param("criteria", rows.stream().map(Assessed::criteria).toArray(String[]::new))
                .param("at", rows.stream().map(r -> r.computedAt().toString()).toArray(String[]::new))
                .update();
    }

    /** The assessments of {@code day}, provinces and communes. */
    List<Assessed> day(LocalDate day) {
        return jdbc.sql("select * from risk_level where assessed_on = :day").param("day", Date.valueOf(day))
                .query((row, i) -> assessed(row)).list();
    }

    /** The last day assessed on or before {@code day}. */
    Optional<LocalDate> lastAssessedBy(LocalDate day) {
        // optional(), not single(): max() over no rows is one null, which single() refuses
        return jdbc.sql("select max(assessed_on) from risk_level where assessed_on <= :day")
                .param("day", Date.valueOf(day)).query(Date.class).optional().map(Date::toLocalDate);
    }

    /** When {@code day} was last assessed; empty when it never was. */
    Optional<Instant> computedAt(LocalDate day) {
        return jdbc.sql("select max(computed_at) from risk_level where assessed_on = :day")
                .param("day", Date.valueOf(day)).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** These localities' assessments of one day; codes never assessed that day are left out. */
    List<Assessed> of(Collection<String> codes, LocalDate day) {
        return jdbc.sql("select * from risk_level where assessed_on = :day and code = any(:codes::text[])")
                .param("day", Date.valueOf(day)).param("codes", codes.toArray(String[]::new))
                .query((row, i) -> assessed(row)).list();
    }

    /** One locality's assessments of these days, oldest first; days never assessed are left out. */
    List<Assessed> of(String code, Collection<LocalDate> days) {
        return jdbc.sql("""
                        select * from risk_level where code = :code and assessed_on = any(:days::date[])
                        order by assessed_on""")
                .param("code", code).param("days", days.stream().map(LocalDate::toString).toArray(String[]::new))
                .query((row, i) -> assessed(row)).list();
    }

    private static Assessed assessed(ResultSet row) throws SQLException {
        int level = row.getInt("computed_level");
        boolean noLevel = row.wasNull();
        boolean capacity = row.getBoolean("capacity_met");
        boolean noCapacity = row.wasNull();
        return new Assessed(row.getDate("assessed_on").toLocalDate(), row.getString("code"), noLevel ? null : level,
                row.getDate("computed_since").toLocalDate(), row.getLong("cases"), row.getLong("population"),
                JSON.readValue(row.getString("coverage"), MEASURES), noCapacity ? null : capacity,
                row.getString("criteria"), row.getTimestamp("computed_at").toInstant());
    }
}
