package vn.qrqg.platform.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox's settings ({@code qrqg.events}).
 *
 * @param resubmitEvery how often an instance delivers again the events a listener has not completed
 * @param resubmitAfter how old such a publication must be: older than any listener takes, so that
 *        one still running is not delivered twice (a second delivery is harmless, only wasted)
 */
@ConfigurationProperties("qrqg.events")
public record EventsProperties(@DefaultValue("1m") Duration resubmitEvery, @DefaultValue("5m") Duration resubmitAfter) {

    public EventsProperties {
        if (resubmitEvery.isNegative() || resubmitEvery.isZero() || resubmitAfter.isNegative()) {
            throw new IllegalArgumentException("qrqg.events.resubmit-every must be positive, resubmit-after not negative");
        }
    }
}
