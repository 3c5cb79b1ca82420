package vn.qrqg.tracing.internal;

import static vn.qrqg.tracing.internal.CaseRepository.utc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.platform.database.CopyRows;
import vn.qrqg.tracing.ExposureLevel;
import vn.qrqg.tracing.ExposureReason;

/** {@code tracing_site}: where and when each traced case, and its F1s, put people at risk. */
@Repository
class SiteRepository {
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    SiteRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Where a traced case put people at risk: its own visits ({@code F0}) and its F1s'. */
    record CaseSites(UUID caseId, List<Exposures.Risk> ofCase, List<Exposures.Risk> ofFirstLevel) {
    }

    /** The cases' sites as their latest tracing found them: one delete, then COPY ({@link CopyRows}). */
    void replace(List<CaseSites> traced) {
        if (traced.isEmpty()) {
            return;
        }
        jdbc.sql("delete from tracing_site where case_id = any(:cases)")
                .param("cases", traced.stream().map(CaseSites::caseId).toArray(UUID[]::new)).update();
        CopyRows rows = new CopyRows("tracing_site", List.of("case_id", "source", "reason", "site_key", "risk_from",
                "risk_to"));
        for (CaseSites sites : traced) {
            sites.ofCase().forEach(risk -> add(rows, sites.caseId(), "F0", risk));
            sites.ofFirstLevel().forEach(risk -> add(rows, sites.caseId(), ExposureLevel.F1.name(), risk));
        }
        rows.copyInto(jdbcTemplate);
    }

    private static void add(CopyRows rows, UUID caseId, String source, Exposures.Risk risk) {
        rows.add(caseId).add(source).add(risk.site().reason().name()).add(risk.site().key()).add(risk.from())
                .add(risk.to()).endRow();
    }

    /** The cases, not withdrawn, with a site here at risk during {@code [from, to)}. */
    List<UUID> openCasesAt(ExposureReason reason, String siteKey, Instant from, Instant to) {
        return jdbc.sql("""
                        select distinct s.case_id from tracing_site s join tracing_case c using (case_id)
                        where s.reason = :reason and s.site_key = :key and s.risk_to > :from and s.risk_from < :to
                          and c.withdrawn_at is null""")
                .param("reason", reason.name()).param("key", siteKey).param("from", utc(from)).param("to", utc(to))
                .query(UUID.class).list();
    }
}
