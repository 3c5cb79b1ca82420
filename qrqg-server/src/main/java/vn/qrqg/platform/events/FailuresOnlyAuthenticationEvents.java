package vn.qrqg.platform.events;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.core.Authentication;

/**
 * Spring Security's authentication events, failures only. A success is every authenticated call
 * (each bearer token checked); nothing listens to those, and through the outbox's event
 * multicaster each one cost about 1.5 % of a scan's CPU. Failures (wrong secrets, bad tokens)
 * are rare and stay published, for whatever comes to watch them.
 */
final class FailuresOnlyAuthenticationEvents extends DefaultAuthenticationEventPublisher {

    FailuresOnlyAuthenticationEvents(ApplicationEventPublisher events) {
        super(events);
    }

    @Override
    public void publishAuthenticationSuccess(Authentication authentication) {
        // not published: see the class comment
    }
}
