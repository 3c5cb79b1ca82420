package vn.qrqg.platform;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * The platform's own events (records of {@code vn.qrqg}), as they are published, on whichever
 * thread (an HTTP request's, a listener's, a housekeeping run's): what Spring's
 * {@code ApplicationEvents}, bound to the test's thread, does not see. The newest
 * {@value #KEPT} are kept. Heard at publication, not at commit: an event of a transaction that rolls
 * back is here too. Every integration test shares it (one context); tests pick out their own people's.
 */
public final class PublishedEvents {
    static final int KEPT = 10_000;

    private final Deque<Object> events = new ArrayDeque<>();

    /** Registers it in every integration test's context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        PublishedEvents publishedEvents() {
            return new PublishedEvents();
        }
    }

    /** Not transactional: a transactional listener would put every event in the outbox. */
    @EventListener
    void on(Object event) {
        if (event.getClass().getPackageName().startsWith("vn.qrqg.")) {
            synchronized (events) {
                if (events.size() >= KEPT) {
                    events.removeFirst();
                }
                events.addLast(event);
            }
        }
    }

    /** The events of this type heard so far, oldest first. */
    public <T> List<T> of(Class<T> type) {
        synchronized (events) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }
}
