package vn.qrqg.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.platform.PlatformTestSupport;

/**
 * What the platform's runtime role (every request's connections) may not do, whoever gets to
 * run SQL through it: change the schema, read the server's files or run its programs, make
 * roles, rewrite Flyway's history. The audit's own refusals are in AuditImmutabilityIT.
 */
class RuntimeRoleIT extends PlatformTestSupport {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void separateRoles() {
        assumeTrue(rolesAreSeparate(jdbc), "skipped: the external database is configured with one role "
                + "(QRQG_DB_OWNER_USER unset), so the runtime role owns the schema");
    }

    @Test
    void isNeitherASuperuserNorTheOwnerOfAnyTable() {
        assertThat(jdbc.sql("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles "
                + "where rolname = current_user").query(Boolean.class).single()).isFalse();
        assertThat(asOwner().sql("select current_user").query(String.class).single())
                .isNotEqualTo(jdbc.sql("select current_user").query(String.class).single());
        assertThat(jdbc.sql("select count(*) from pg_class where relnamespace = current_schema()::regnamespace "
                + "and relowner = current_user::regrole").query(Long.class).single()).isZero();
    }

    @Test
    void cannotChangeTheSchemaNorReachBeyondTheDatabase() {
        List<String> attempts = List.of(
                "create table planted (id int)",
                "alter table identity_person add column planted text",
                "drop table identity_person",
                "truncate identity_person",
                "create index planted on identity_person (phone)",
                "alter table clients_app disable trigger all",
                "select pg_read_file('postgresql.conf')",
                "copy (select 1) to program 'id'",
                "copy identity_person from '/etc/passwd'",
                "create role planted login superuser",
                "alter role current_user superuser",
                "insert into flyway_schema_history (installed_rank, description, type, script, installed_by, "
                        + "execution_time, success) values (999, 'planted', 'SQL', 'planted', 'x', 0, true)",
                "set session_replication_role = replica");
        for (String attempt : attempts) {
            assertThat(refusalOf(jdbc, attempt)).as(attempt).isEqualTo("42501");
        }
    }

    @Test
    void stillDoesTheWorkOfThePlatform() {
        assertThat(jdbc.sql("select count(*) >= 0 from identity_person").query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select has_table_privilege('clients_app', 'select, insert, update, delete')")
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select has_table_privilege('audit_record', 'select, insert')").query(Boolean.class)
                .single()).isTrue();
        assertThat(jdbc.sql("select has_table_privilege('audit_record', 'update') or has_table_privilege("
                + "'audit_record', 'delete') or has_table_privilege('audit_record', 'truncate')").query(Boolean.class)
                .single()).isFalse();
    }

}
