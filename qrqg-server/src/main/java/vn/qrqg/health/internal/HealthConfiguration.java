package vn.qrqg.health.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.health.CovidCards;
import vn.qrqg.health.HealthProperties;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.SyntheticPeople;
import vn.qrqg.issuance.citizens.IssuedQrs;
import vn.qrqg.platform.database.Notifications;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.platform.secrets.KeySealer;
import vn.qrqg.platform.web.InvalidFieldException;

/** The health capability's parts; the national default rules and the vaccine value set are read once, at start. */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {
    static final String NATIONAL_DEFAULT = "/health/national-default-rules.json";

    @Bean
    VaccineProducts vaccineProducts() {
        return VaccineProducts.load();
    }

    @Bean
    HealthDataKey healthDataKey(JdbcClient jdbc, KeySealer sealer) {
        return HealthDataKey.load(jdbc, sealer);
    }

    @Bean
    VaccinationStatuses vaccinationStatuses(JdbcClient jdbc) {
        return new VaccinationStatuses(jdbc);
    }

    @Bean
    HealthRecordStore healthRecordStore(JdbcClient jdbc, HealthDataKey key, VaccineProducts products,
            VaccinationStatuses statuses) {
        return new HealthRecordStore(jdbc, key, HealthJson.MAPPER, products, statuses);
    }

    @Bean
    HealthRecordPush healthRecordPush(VaccineProducts products, Clock clock, HealthRecordStore store,
            PopulationRegistry registry, IssuedQrs issuedQrs, PlatformTransactionManager transactions,
            EventOutbox events, CardStates cardStates) {
        return new HealthRecordPush(new RecordItems(products, clock), store, registry, issuedQrs,
                new TransactionTemplate(transactions), events, cardStates);
    }

    @Bean
    CardStateRepository cardStateRepository(JdbcClient jdbc) {
        return new CardStateRepository(jdbc);
    }

    /** {@link CovidCards} is the card API's own: the states see the card the holder sees. */
    @Bean
    CardStates cardStates(CardStateRepository repository, CovidCards cards, HealthRecordStore store,
            IssuedQrs issuedQrs, PopulationRegistry registry, HolderTokens tokens, EventOutbox events,
            PlatformTransactionManager transactions, Clock clock) {
        return new CardStates(repository, cards, store, issuedQrs, registry, tokens, events,
                new TransactionTemplate(transactions), clock);
    }

    @Bean
    CardStateWatch cardStateWatch(CardStates cardStates, HealthProperties health) {
        return new CardStateWatch(cardStates, health.cardCheckEvery());
    }

    @Bean
    CardRules cardRules(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, HealthProperties health,
            AdministrativeAreas areas, EventOutbox events, Notifications notifications) {
        return new CardRules(jdbc, new TransactionTemplate(transactions), HealthJson.MAPPER, clock,
                health.rulesCacheTimeToLive(), nationalDefault(), areas, events, notifications);
    }

    @Bean
    CardEvaluator cardEvaluator(CardRules rules) {
        return new CardEvaluator(rules, new CardEngine());
    }

    @Bean
    HealthSeeding healthSeeding(ObjectProvider<SyntheticPeople> people, PopulationRegistry registry,
            DataSource dataSource, HealthDataKey key, AdministrativeAreas areas, VaccineProducts products, Clock clock,
            HealthProperties health) {
        return new HealthSeeding(people.getIfAvailable(), registry, dataSource, key, areas, products, clock,
                health.seedSize());
    }

    /** Khánh Hòa's published rules, shipped as data and validated as an upload is. */
    static RuleSet nationalDefault() {
        try (InputStream stream = HealthConfiguration.class.getResourceAsStream(NATIONAL_DEFAULT)) {
            if (stream == null) {
                throw new IllegalStateException("missing resource " + NATIONAL_DEFAULT);
            }
            return RuleSetJson.upload(HealthJson.MAPPER.readTree(stream)).ruleSet();
        } catch (InvalidFieldException e) {
            throw new IllegalStateException(NATIONAL_DEFAULT + " is not a valid rule set: " + e.errors(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
