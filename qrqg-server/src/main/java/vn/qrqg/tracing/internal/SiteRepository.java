package vn.qrqg.tracing.internal;

import static vn.qrqg.tracing.internal.CaseRepository.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.tracing.ExposureLevel;
import vn.qrqg.tracing.ExposureReason;

/** {@code tracing_site}: where and when each traced case, and its F1s, put people at risk. */
@Repository
class SiteRepository {
    private final JdbcClient jdbc;

    SiteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a traced case put people at risk: its own visits ({@code F0}) and its F1s'. */
    record CaseSites(UUID caseId, List<Exposures.Risk> ofCase, List<Exposures.Risk> ofFirstLevel) {
    }

    /** The cases' sites as their latest tracing found them, in two statements for them all. */
    void replace(List<CaseSites> traced) {
        if (traced.isEmpty()) {
            return;
        }
        jdbc.sql("delete from tracing_site where case_id = any(:cases)")
                .param("cases", traced.stream().map(CaseSites::caseId).toArray(UUID[]::new)).update();
        List<UUID> cases = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Exposures.Risk> risks = new ArrayList<>();
        for (CaseSites sites : traced) {
            sites.ofCase().forEach(risk -> sources.add("F0"));
            sites.ofFirstLevel().forEach(risk -> sources.add(ExposureLevel.F1.name()));
            risks.addAll(sites.ofCase());
            risks.addAll(sites.ofFirstLevel());
            while (cases.size() < risks.size()) {
                cases.add(sites.caseId());
            }
        }
        if (risks.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into tracing_site (case_id, source, reason, site_key, risk_from, risk_to)
                        select s.case_id, s.source, s.reason, s.site_key, s.risk_from, s.risk_to
                        from unnest(:cases::uuid[], :sources::text[], :reasons::text[], :keys::text[], :froms::timestamptz[],
                                    :tos::timestamptz[]) as s(case_id, source, reason, site_key, risk_from, risk_to)""")
                .param("cases", cases.toArray(UUID[]::new)).param("sources", sources.toArray(String[]::new))
                .param("reasons", risks.stream().map(risk -> risk.site().reason().name()).toArray(String[]::new))
                .param("keys", risks.stream().map(risk -> risk.site().key()).toArray(String[]::new))
                .param("froms", risks.stream().map(risk -> risk.from().toString()).toArray(String[]::new))
                .param("tos", risks.stream().map(risk -> risk.to().toString()).toArray(String[]::new))
                .update();
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
