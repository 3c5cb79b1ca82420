package vn.qrqg.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import vn.qrqg.platform.database.EmbeddedDatabase;

/**
 * Measures seeding on this machine (docs/registry.md): {@code QRQG_SEED_BENCHMARK=1000000} with
 * the identity test command. Its own embedded PostgreSQL and the V3 migration, no Spring.
 */
@EnabledIfEnvironmentVariable(named = "QRQG_SEED_BENCHMARK", matches = "[0-9]+")
class RegistrySeedingSpeedIT {

    @TempDir
    Path dataDir;

    @Test
    void seedsTheConfiguredNumberOfPeopleAndSaysHowFast() throws Exception {
        int size = Integer.parseInt(System.getenv("QRQG_SEED_BENCHMARK"));
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
                Connection connection = database.owner().connect();
                Statement statement = connection.createStatement()) {
            try (InputStream migration = getClass().getResourceAsStream("/db/migration/V3__identity_registry.sql")) {
                statement.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
            }
            long started = System.nanoTime();
            long seeded = new RegistrySeeding(null, AdministrativeUnits.load(), 0).seed(connection, size);
            double seconds = (System.nanoTime() - started) / 1e9;
            try (ResultSet rows = statement.executeQuery(
                    "select count(*), pg_size_pretty(pg_total_relation_size('identity_person')) from identity_person")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(seeded).isEqualTo(size);
                System.out.printf("SEED BENCHMARK: %d people in %.1f s (%.0f a second), table and indexes %s%n",
                        size, seconds, size / seconds, rows.getString(2));
            }
        }
    }
}
