package vn.qrqg.insurance.internal;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.SyntheticPeople;
import vn.qrqg.insurance.InsuranceProperties;
import vn.qrqg.insurance.InsuranceRegistry;

/** Picks the social-insurance adapter ({@code qrqg.insurance.registry}); the reference one brings its seeding and import. */
@Configuration(proxyBeanMethods = false)
class InsuranceConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "qrqg.insurance.registry", havingValue = "reference", matchIfMissing = true)
    static class Reference {

        @Bean
        InsuranceRegistry insuranceRegistry(JdbcClient jdbc) {
            return new ReferenceInsuranceRegistry(jdbc);
        }

        @Bean
        CsvInsuranceImport insuranceImport(JdbcClient jdbc, PlatformTransactionManager transactions) {
            return new CsvInsuranceImport(jdbc, new TransactionTemplate(transactions));
        }

        /** Cards for the reference registry's synthetic people, when it has them. */
        @Bean
        InsuranceSeeding insuranceSeeding(ObjectProvider<SyntheticPeople> people, AdministrativeAreas areas,
                DataSource dataSource, Clock clock) {
            return new InsuranceSeeding(people.getIfAvailable(), areas, dataSource, clock);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "qrqg.insurance.registry", havingValue = "http")
    static class Http {

        @Bean
        InsuranceRegistry insuranceRegistry(InsuranceProperties insurance) {
            InsuranceProperties.Http http = insurance.http();
            return new HttpInsuranceRegistry(http.baseUrl(), http.connectTimeout(), http.requestTimeout());
        }
    }
}
