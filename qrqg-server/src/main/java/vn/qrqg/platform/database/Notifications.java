package vn.qrqg.platform.database;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tells every instance, this one included, that something an instance may hold in memory changed:
 * PostgreSQL's {@code NOTIFY}. {@link #notify} is sent in the caller's transaction when there is one,
 * so it is delivered once that commits and never when it rolls back. Each instance listens on one
 * connection of its own, outside the pool ({@link NotificationListener}); a subscriber hears the
 * payload on that listener's thread and should only drop what it holds. Notifications sent while
 * the listening connection was down are lost, so every subscriber is told it missed some each
 * time the listener (re)connects, and reads everything afresh; its own time-to-live stays the bound
 * when even that fails. Thread-safe.
 */
public final class Notifications implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);
    private static final Pattern CHANNEL = Pattern.compile("qrqg_[a-z_]{1,50}");

    /** What one subscriber does with a payload, and when notifications may have been lost. */
    record Subscriber(Consumer<String> changed, Runnable missed) {
    }

    private final JdbcClient jdbc;
    private final Map<String, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final NotificationListener listener;

    Notifications(JdbcClient jdbc, DatabaseLogin login, String applicationName) {
        this.jdbc = jdbc;
        this.listener = new NotificationListener(login, applicationName, this);
    }

    /**
     * Sends {@code payload} (at most a few hundred characters: an id, never personal data) on
     * {@code channel}, in the caller's transaction if there is one.
     */
    public void notify(String channel, String payload) {
        jdbc.sql("select pg_notify(:channel, :payload)").param("channel", checked(channel)).param("payload", payload)
                .query().singleRow();
    }

    /**
     * Has {@code changed} hear every payload sent on {@code channel} by any instance, and
     * {@code missed} run whenever some may have been lost (at each connection of the listener).
     */
    public void subscribe(String channel, Consumer<String> changed, Runnable missed) {
        subscribers.computeIfAbsent(checked(channel), c -> new CopyOnWriteArrayList<>())
                .add(new Subscriber(changed, missed));
    }

    /** Whether the listener is connected and listening now: notifications reach this instance. */
    public boolean isListening() {
        return listener.isListening();
    }

    java.util.Set<String> channels() {
        return subscribers.keySet();
    }

    void deliver(String channel, String payload) {
        for (Subscriber subscriber : subscribers.getOrDefault(channel, List.of())) {
            try {
                subscriber.changed().accept(payload);
            } catch (RuntimeException e) {
                LOG.warn("A subscriber of {} failed ({}); its time-to-live bounds what it holds", channel,
                        e.getClass().getSimpleName());
            }
        }
    }

    void missedAll() {
        subscribers.forEach((channel, list) -> list.forEach(subscriber -> {
            try {
                subscriber.missed().run();
            } catch (RuntimeException e) {
                LOG.warn("A subscriber of {} failed to read afresh ({})", channel, e.getClass().getSimpleName());
            }
        }));
    }

    private static String checked(String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("a notification channel is qrqg_ and lower-case letters: " + channel);
        }
        return channel;
    }

    @Override
    public void start() {
        listener.start();
    }

    @Override
    public void stop() {
        listener.stop();
    }

    @Override
    public boolean isRunning() {
        return listener.isRunning();
    }

    /** Listening before the web server takes requests, and still while it drains them. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
