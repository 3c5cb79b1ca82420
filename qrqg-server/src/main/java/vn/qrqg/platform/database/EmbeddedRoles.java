package vn.qrqg.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks the embedded PostgreSQL on every start, signed in as its superuser: every connection,
 * local or TCP, proves its role's password with SCRAM; the schema's owner ({@value #OWNER})
 * and the platform's runtime role ({@value #APP}) exist, neither a superuser, with the
 * passwords of {@link EmbeddedPasswords}; the owner owns the database and everything the
 * platform made in it (a data directory from before these roles had it all owned by the
 * superuser). The runtime role's privileges are the schema owner's to grant, after each
 * migration ({@link RuntimePrivileges}).
 */
final class EmbeddedRoles {
    static final String SUPERUSER = "postgres";
    static final String OWNER = "qrqg_owner";
    static final String APP = "qrqg_app";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRoles.class);
    private static final String HBA = """
            # Written by the platform on every start (vn.qrqg.platform.database.EmbeddedRoles): every
            # connection proves its role's password (SCRAM); the passwords are in <data-dir>/database.pgpass.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    /** Everything the platform made in the public schema that the superuser still owns, given to the owner. */
    private static final String OWNERSHIP = """
            do $$
            declare
                change text;
            begin
                for change in
                    select format('alter %s %s owner to qrqg_owner', case c.relkind when 'S' then 'sequence'
                               when 'v' then 'view' when 'm' then 'materialized view' else 'table' end, c.oid::regclass)
                    from pg_class c
                    where c.relnamespace = 'public'::regnamespace and c.relowner = 'postgres'::regrole
                      and c.relkind in ('r', 'p', 'v', 'm', 'S')
                      -- a serial or identity column's sequence follows its table
                      and not (c.relkind = 'S' and exists (select from pg_depend d where d.classid = 'pg_class'::regclass
                               and d.objid = c.oid and d.deptype in ('a', 'i')))
                loop
                    execute change;
                end loop;
                for change in
                    select format('alter routine %s owner to qrqg_owner', p.oid::regprocedure)
                    from pg_proc p where p.pronamespace = 'public'::regnamespace and p.proowner = 'postgres'::regrole
                loop
                    execute change;
                end loop;
            end
            $$""";

    private EmbeddedRoles() {
    }

    static void lock(DatabaseLogin superuser, EmbeddedPasswords passwords, Path hbaFile) {
        try (Connection connection = superuser.connect(); Statement sql = connection.createStatement()) {
            PGConnection postgres = connection.unwrap(PGConnection.class);
            // SCRAM verifiers computed here: no password crosses the connection or reaches the server's log
            postgres.alterUserPassword(SUPERUSER, passwords.of(SUPERUSER).toCharArray(), "scram-sha-256");
            requirePasswords(hbaFile, sql);
            connection.setAutoCommit(false);
            for (String role : new String[] {OWNER, APP}) {
                sql.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then "
                        + "create role " + role + " login nosuperuser nocreatedb nocreaterole noinherit; end if; end $$");
                postgres.alterUserPassword(role, passwords.of(role).toCharArray(), "scram-sha-256");
            }
            sql.execute("alter database postgres owner to " + OWNER);
            sql.execute(OWNERSHIP);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set up the embedded database's roles (SQL state " + e.getSQLState()
                    + "): " + e.getMessage(), e);
        }
    }

    /** Writes the authentication rules when they differ, and has the server read them again. */
    private static void requirePasswords(Path hbaFile, Statement sql) throws SQLException {
        try {
            if (Files.exists(hbaFile) && Files.readString(hbaFile, StandardCharsets.UTF_8).equals(HBA)) {
                return;
            }
            Files.writeString(hbaFile, HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + hbaFile + ": " + e.getMessage(), e);
        }
        sql.execute("select pg_reload_conf()");
        LOG.info("The embedded database now asks every connection for its role's password (SCRAM)");
    }
}
