package vn.qrqg.platform.events;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;

/**
 * How a capability publishes an event: in the caller's transaction, so that the outbox row
 * commits with the change the event reports or not at all; in a transaction of its own when the
 * caller has none (an import whose rows commit in chunks reports once, at its end). Never outside
 * one: an {@code @ApplicationModuleListener} hears only events published in a transaction, after
 * its commit. A transaction that publishes nothing another module listens to runs no statement.
 */
public class EventOutbox {
    private final ApplicationEventPublisher events;
    private final TransactionOperations transactions;

    /**
     * @param transactions joins the caller's transaction, or begins one (the platform's bean); a unit
     *        test without a database passes {@link TransactionOperations#withoutTransaction()}
     */
    public EventOutbox(ApplicationEventPublisher events, TransactionOperations transactions) {
        this.events = events;
        this.transactions = transactions;
    }

    /** Publishes {@code event} in the current transaction, or in one of its own when there is none. */
    public void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }
}
