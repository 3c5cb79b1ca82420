package vn.qrqg.tracing.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.tracing.CaseCounts;

/** {@link CaseCounts} from the stored cases: one grouped read of a week's cases. */
@Component
class CasesByCommune implements CaseCounts {
    private final JdbcClient jdbc;

    CasesByCommune(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Count> sampledBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select commune_code, province_code, count(*) as cases from tracing_case
                        where sampled_at >= :from and sampled_at < :until and withdrawn_at is null
                        group by commune_code, province_code""")
                .param("from", Timestamp.from(from.atStartOfDay(VietnamTime.ZONE).toInstant()))
                .param("until", Timestamp.from(to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant()))
                .query((row, i) -> new Count(row.getString("commune_code"), row.getString("province_code"),
                        row.getLong("cases")))
                .list();
    }
}
