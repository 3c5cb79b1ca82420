package vn.qrqg.platform.events;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox capabilities publish through, and its resubmission; the registry itself is Spring
 * Modulith's (application.yml, {@code spring.modulith.events}).
 */
@Configuration(proxyBeanMethods = false)
class EventsConfiguration {

    @Bean
    EventOutbox eventOutbox(ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
        return new EventOutbox(events, new TransactionTemplate(transactionManager));
    }

    /** Replaces Spring Boot's publisher of every authentication's event. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new FailuresOnlyAuthenticationEvents(events);
    }

    @Bean
    EventResubmission eventResubmission(IncompleteEventPublications incomplete, EventsProperties properties) {
        return new EventResubmission(incomplete, properties);
    }
}
