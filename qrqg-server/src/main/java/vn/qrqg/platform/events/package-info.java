/**
 * Events between capabilities, and their outbox. A capability publishes a past-tense event
 * record of its root package (annotated {@code @DomainEvent}, so that the module documentation
 * lists it) through {@link vn.qrqg.platform.events.EventOutbox}, in the transaction of the change
 * it reports; Spring Modulith's JDBC event publication registry keeps a row per listener
 * ({@code event_publication}) until the listener, an {@code @ApplicationModuleListener}, has
 * completed in a transaction of its own, and {@link vn.qrqg.platform.events.EventResubmission}
 * delivers again what failed or was cut short. So a listener hears each event at least once.
 * An event that reports a privileged action is a {@link vn.qrqg.platform.events.PrivilegedAction}:
 * the audit keeps every one.
 */
@NamedInterface("events")
package vn.qrqg.platform.events;

import org.springframework.modulith.NamedInterface;
