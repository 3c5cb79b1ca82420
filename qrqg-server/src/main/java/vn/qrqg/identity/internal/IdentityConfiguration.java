package vn.qrqg.identity.internal;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.clients.ProvinceCodes;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.IdentityProperties;
import vn.qrqg.identity.RegistryImport;

/** Picks the registry adapter ({@code qrqg.identity.registry}); the reference one brings its seeding and import. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    AdministrativeUnits administrativeUnits() {
        return AdministrativeUnits.load();
    }

    @Bean
    AdministrativeAreas administrativeAreas(AdministrativeUnits units) {
        return new ShippedAdministrativeAreas(units);
    }

    /** Which codes apps may be limited to: the provinces of the current structure. */
    @Bean
    ProvinceCodes provinceCodes(AdministrativeAreas areas) {
        return areas::isProvince;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "qrqg.identity.registry", havingValue = "reference", matchIfMissing = true)
    static class Reference {

        @Bean
        ReferenceRegistry populationRegistry(JdbcClient jdbc) {
            return new ReferenceRegistry(jdbc);
        }

        @Bean
        RegistryImport registryImport(JdbcTemplate jdbc, PlatformTransactionManager transactions, AdministrativeUnits units) {
            return new CsvRegistryImport(jdbc, new TransactionTemplate(transactions), units);
        }

        @Bean
        RegistrySeeding registrySeeding(DataSource dataSource, AdministrativeUnits units, IdentityProperties identity) {
            return new RegistrySeeding(dataSource, units, identity.seedSize());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "qrqg.identity.registry", havingValue = "http")
    static class Http {

        @Bean
        HttpRegistry populationRegistry(IdentityProperties identity) {
            IdentityProperties.Http http = identity.http();
            return new HttpRegistry(http.baseUrl(), http.connectTimeout(), http.requestTimeout());
        }
    }
}
