package vn.qrqg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PlatformIT extends PlatformTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void reportsHealthyWithItsDatabaseUp() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void publishesMetricsInPrometheusFormat() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE jvm_memory_used_bytes gauge").contains("hikaricp_connections");
    }

    @Test
    void runsOnARealPostgreSql() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL ");
    }

    @Test
    void usesTheExternalPostgreSqlWhenOneIsConfigured() {
        String configured = System.getenv("QRQG_DB_URL");
        String database = jdbc.sql("select current_database()").query(String.class).single();
        if (configured == null || configured.isBlank()) {
            assertThat(database).isEqualTo("postgres"); // the embedded server's
        } else {
            assertThat(configured).endsWith("/" + database);
        }
    }
}
