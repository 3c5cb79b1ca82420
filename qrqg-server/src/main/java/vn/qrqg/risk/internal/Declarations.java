package vn.qrqg.risk.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code risk_declaration}: the levels provinces declared for their communes by decision. The
 * newest declaration in force applies; one without a level lifts the one before.
 */
@Repository
class Declarations {

    /** One declaration; {@code level}, {@code reason} and {@code decisionNumber} all null when it lifts one. */
    record Declaration(UUID declarationId, String communeCode, String provinceCode, Integer level, String reason,
            String decisionNumber, LocalDate effectiveFrom, Instant declaredAt, String declaredBy) {
    }

    private final JdbcClient jdbc;

    Declarations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Declaration declaration) {
        jdbc.sql("""
                        insert into risk_declaration (declaration_id, commune_code, province_code, level, reason,
                                                      decision_number, effective_from, declared_at, declared_by)
                        values (:id, :commune, :province, :level, :reason, :decision, :from, :at, :by)""")
                .param("id", declaration.declarationId()).param("commune", declaration.communeCode())
                .param("province", declaration.provinceCode()).param("level", declaration.level())
                .param("reason", declaration.reason()).param("decision", declaration.decisionNumber())
                .param("from", Date.valueOf(declaration.effectiveFrom()))
                .param("at", Timestamp.from(declaration.declaredAt())).param("by", declaration.declaredBy())
                .update();
    }

    /** The declared levels in force on {@code day}, by commune; lifted ones are left out. */
    Map<String, Declaration> inForce(LocalDate day) {
        Map<String, Declaration> declared = new HashMap<>();
        jdbc.sql("""
                        select * from (
                            select distinct on (commune_code) * from risk_declaration where effective_from <= :day
                            order by commune_code, effective_from desc, declared_at desc) newest
                        where level is not null""")
                .param("day", Date.valueOf(day))
                .query((row, i) -> new Declaration(row.getObject("declaration_id", UUID.class),
                        row.getString("commune_code"), row.getString("province_code"), row.getInt("level"),
                        row.getString("reason"), row.getString("decision_number"),
                        row.getDate("effective_from").toLocalDate(), row.getTimestamp("declared_at").toInstant(),
                        row.getString("declared_by")))
                .list().forEach(declaration -> declared.put(declaration.communeCode(), declaration));
        return declared;
    }
}
