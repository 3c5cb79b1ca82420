package vn.qrqg.platform.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every migration, as the schema's owner: the runtime role may read, add, change and
 * remove rows of every table of the schema, except an {@link AppendOnlyTable} (read and add
 * only) and Flyway's history (nothing), and use its sequences; nothing else. It owns no table,
 * so it can neither change the schema nor truncate, detach, drop or disable a trigger; not a
 * superuser, it can neither set {@code session_replication_role} nor read server files. Partitions
 * get no privilege of their own: rows reach them through their table. Only missing privileges
 * are granted and only extra ones revoked, in one transaction, so that instances already running
 * never lack one.
 */
final class RuntimePrivileges extends BaseCallback {
    private static final Logger LOG = LoggerFactory.getLogger(RuntimePrivileges.class);

    private final String runtimeRole;
    private final Set<String> appendOnly;

    RuntimePrivileges(String runtimeRole, List<AppendOnlyTable> appendOnly) {
        this.runtimeRole = runtimeRole;
        this.appendOnly = appendOnly.stream().map(AppendOnlyTable::name).collect(Collectors.toSet());
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                if (isOwner(sql)) {
                    return; // an external database configured with one role: nothing to grant
                }
                List<String> statements = statements(sql, context.getConfiguration().getTable());
                for (String statement : statements) {
                    sql.execute(statement);
                }
                connection.commit();
                LOG.info("The runtime role {} has its privileges ({} statements)", runtimeRole, statements.size());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new FlywayException("cannot grant the runtime role " + runtimeRole + " its privileges (SQL state "
                    + e.getSQLState() + "): " + e.getMessage(), e);
        }
    }

    private List<String> statements(Statement sql, String flywayHistory) throws SQLException {
        List<String> statements = new ArrayList<>();
        String role = quoted(runtimeRole);
        try (ResultSet relations = sql.executeQuery("select c.relname, c.relkind from pg_class c"
                + " where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S')"
                + " and not c.relispartition and pg_get_userbyid(c.relowner) = current_user order by c.relname")) {
            while (relations.next()) {
                String name = relations.getString(1);
                String table = quoted(name);
                if (relations.getString(2).equals("S")) {
                    statements.add("revoke select, update on sequence " + table + " from " + role);
                    statements.add("grant usage on sequence " + table + " to " + role);
                } else if (name.equals(flywayHistory)) {
                    statements.add("revoke all on " + table + " from " + role);
                } else if (appendOnly.contains(name)) {
                    statements.add("revoke update, delete, truncate, references, trigger on " + table + " from " + role);
                    statements.add("grant select, insert on " + table + " to " + role);
                } else {
                    statements.add("revoke truncate, references, trigger on " + table + " from " + role);
                    statements.add("grant select, insert, update, delete on " + table + " to " + role);
                }
            }
        }
        return statements;
    }

    private boolean isOwner(Statement sql) throws SQLException {
        if (runtimeRole == null || runtimeRole.isBlank()) {
            return true; // signed in as the driver's default role: the same for both
        }
        try (ResultSet row = sql.executeQuery("select current_user = " + literal(runtimeRole))) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
