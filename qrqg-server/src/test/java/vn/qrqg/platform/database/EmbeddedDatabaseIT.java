package vn.qrqg.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class EmbeddedDatabaseIT {

    @TempDir
    Path dataDir;

    @Test
    void keepsItsDataAcrossRestarts() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
            JdbcClient jdbc = jdbc(first);
            jdbc.sql("create table kept (word text)").update();
            jdbc.sql("insert into kept values ('still here')").update();
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir)) {
            assertThat(jdbc(second).sql("select word from kept").query(String.class).single()).isEqualTo("still here");
        }
    }

    @Test
    void acknowledgesACommitOnlyOnceItIsOnDisk() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            JdbcClient jdbc = jdbc(database);
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        }
    }

    private static JdbcClient jdbc(EmbeddedDatabase database) {
        return JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), database.jdbcUrl(), "postgres", ""));
    }
}
