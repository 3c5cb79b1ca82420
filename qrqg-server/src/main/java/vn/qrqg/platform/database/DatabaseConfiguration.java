package vn.qrqg.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.qrqg.platform.PlatformProperties;

/** One PostgreSQL for the platform: the external one when configured, else the embedded one. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${qrqg.database.url:}'.isBlank()")
    EmbeddedDatabase embeddedDatabase(PlatformProperties platform) {
        return EmbeddedDatabase.start(platform.dataDir().resolve("postgres"));
    }

    @Bean
    DataSource dataSource(DatabaseProperties database, ObjectProvider<EmbeddedDatabase> embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("qrqg");
        dataSource.setMaximumPoolSize(database.poolSize());
        EmbeddedDatabase local = embedded.getIfAvailable();
        if (local != null) {
            dataSource.setJdbcUrl(local.jdbcUrl());
            dataSource.setUsername("postgres");
        } else {
            dataSource.setJdbcUrl(database.url());
            dataSource.setUsername(database.user());
            dataSource.setPassword(database.password());
        }
        return dataSource;
    }
}
