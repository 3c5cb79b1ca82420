package vn.qrqg.declarations.internal;

import java.time.Clock;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.declarations.DeclarationsProperties;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.platform.database.SchemaOwner;

/** The declarations' tables, their daily partitions and retention, and the services over them. */
@Configuration(proxyBeanMethods = false)
class DeclarationsConfiguration {

    @Bean
    HealthDeclarationRows healthDeclarationRows(JdbcClient jdbc) {
        return new HealthDeclarationRows(jdbc);
    }

    @Bean
    TravelDeclarationRows travelDeclarationRows(JdbcClient jdbc) {
        return new TravelDeclarationRows(jdbc);
    }

    /** After Flyway made the tables. */
    @Bean(initMethod = "start", destroyMethod = "close")
    @DependsOnDatabaseInitialization
    DeclarationPartitions declarationPartitions(SchemaOwner owner, DeclarationsProperties declarations) {
        return new DeclarationPartitions(owner, declarations, Clock.systemUTC());
    }

    /** Takes the partitions, so that today's exists before the first declaration comes in. */
    @Bean
    DeclarationIntake declarationIntake(AdministrativeAreas areas, HealthDeclarationRows health,
            TravelDeclarationRows travel, DeclarationPartitions partitions, ApplicationEventPublisher events) {
        return new DeclarationIntake(areas, health, travel, Clock.systemUTC(), events);
    }

    @Bean
    TravelJourneys travelJourneys(TravelDeclarationRows travel, DeclarationsProperties declarations) {
        return new TravelJourneys(travel, declarations.retention());
    }

    @Bean
    DeclarationReads declarationReads(JdbcClient jdbc, HealthDeclarationRows health, TravelDeclarationRows travel,
            AuditTrail audit, DeclarationsProperties declarations) {
        return new DeclarationReads(new PersonDeclarationRows(jdbc, health, travel), travel, audit,
                declarations.retention(), Clock.systemUTC());
    }
}
