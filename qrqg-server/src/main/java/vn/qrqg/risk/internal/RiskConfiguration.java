package vn.qrqg.risk.internal;

import java.time.Clock;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.clients.BearerCallers;
import vn.qrqg.clients.PublicEndpoints;
import vn.qrqg.health.VaccinationCoverage;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.PopulationCounts;
import vn.qrqg.platform.database.ReplicaReads;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.risk.RiskProperties;
import vn.qrqg.tracing.CaseCounts;

/** The risk map's parts (docs/risk.md). */
@Configuration(proxyBeanMethods = false)
class RiskConfiguration {

    /** The criteria, the shipped versions stored at the start once the schema is there. */
    @Bean(initMethod = "ship")
    @DependsOnDatabaseInitialization
    CriteriaVersions criteriaVersions(JdbcClient jdbc, PlatformTransactionManager transactions, EventOutbox events,
            Clock clock, RiskProperties properties) {
        return new CriteriaVersions(jdbc, new TransactionTemplate(transactions), JsonMapper.builder().build(), events,
                clock, properties.cacheFor());
    }

    @Bean
    AnswerCache riskAnswers(RiskProperties properties) {
        return new AnswerCache(properties.cacheFor());
    }

    @Bean
    RiskAssessment riskAssessment(AdministrativeAreas areas, PopulationCounts population, VaccinationCoverage coverage,
            CaseCounts cases, CriteriaVersions criteria, Capacities capacities, Declarations declarations,
            LevelRepository levels, EventOutbox events, PlatformTransactionManager transactions, Clock clock) {
        return new RiskAssessment(areas, population, coverage, cases, criteria, capacities, declarations, levels, events,
                new TransactionTemplate(transactions), clock);
    }

    /**
     * The public map's levels and declarations, read from the read replica when there is one: they
     * may lag by its lag, and then stay {@code QRQG_RISK_CACHE_FOR} in memory (docs/operations.md,
     * "Read replicas"). The criteria stay the primary's, in their own cache.
     */
    @Bean
    LevelViews levelViews(AdministrativeAreas areas, ReplicaReads replica, CriteriaVersions criteria,
            RiskProperties properties) {
        return new LevelViews(areas, new LevelRepository(replica.jdbc()), new Declarations(replica.jdbc()), criteria,
                properties.smallCount());
    }

    @Bean
    ProvinceOfficials provinceOfficials(Capacities capacities, Declarations declarations, LevelRepository levels,
            RiskAssessment assessment, AnswerCache cache, EventOutbox events, PlatformTransactionManager transactions,
            Clock clock) {
        return new ProvinceOfficials(capacities, declarations, levels, assessment, cache, events,
                new TransactionTemplate(transactions), clock);
    }

    @Bean
    PublicAnswers publicRiskAnswers(LevelViews views, AnswerCache cache, ProvinceMap map, AdministrativeAreas areas,
            Clock clock) {
        return new PublicAnswers(views, cache, map, areas, clock);
    }

    /** The public answers in memory, given before Spring Security's filters and Spring MVC's dispatch. */
    @Bean
    FilterRegistrationBean<PublicAnswersFilter> directRiskAnswers(PublicAnswers answers, BearerCallers callers) {
        FilterRegistrationBean<PublicAnswersFilter> registration = new FilterRegistrationBean<>(
                new PublicAnswersFilter(answers, callers));
        registration.addUrlPatterns(PublicAnswers.LEVELS, PublicAnswers.HISTORY, PublicAnswers.PROVINCES);
        registration.setName("directRiskAnswers");
        // after the request's locale and attributes are exposed (-105), before Spring Security (-100)
        registration.setOrder(-101);
        return registration;
    }

    /** The 34 provinces' polygons, dissolved once at the start. */
    @Bean
    ProvinceMap provinceMap(AdministrativeAreas areas) {
        return new ProvinceMap(ProvinceShapes.load(areas));
    }

    @Bean
    RiskSchedule riskSchedule(RiskAssessment assessment, LevelRepository levels, AnswerCache cache,
            RiskProperties properties) {
        return new RiskSchedule(assessment, levels, cache, properties.computeEvery());
    }

    /** The map and its API, for everyone. */
    @Bean
    PublicEndpoints riskPublicEndpoints() {
        return PublicEndpoints.get("/api/v1/risk/levels", "/api/v1/risk/history", "/api/v1/risk/provinces.geojson");
    }
}
