package vn.qrqg.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The instance's one listening connection: {@code LISTEN} on every subscribed channel, then
 * {@link PGConnection#getNotifications(int)} in a loop, handing each to {@link Notifications}.
 * When the connection drops (the database restarted, a network cut, a terminated backend) it
 * connects again after 1 s, doubling up to 30 s, and tells every subscriber it missed what was sent
 * meanwhile. An idle connection is checked every {@value #CHECK_EVERY_SECONDS} s, so a silent cut
 * is noticed too.
 */
final class NotificationListener {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationListener.class);
    private static final int POLL_MILLIS = 500;
    private static final int CHECK_EVERY_SECONDS = 10;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private final DatabaseLogin login;
    private final String applicationName;
    private final Notifications notifications;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    NotificationListener(DatabaseLogin login, String applicationName, Notifications notifications) {
        this.login = login;
        this.applicationName = applicationName;
        this.notifications = notifications;
    }

    synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("notifications").start(this::run);
    }

    /** Stops within one poll. */
    synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(Duration.ofMillis(POLL_MILLIS * 4L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    synchronized boolean isRunning() {
        return thread != null;
    }

    boolean isListening() {
        return listening;
    }

    private void run() {
        Duration wait = FIRST_RETRY;
        while (running) {
            try (Connection connection = login.connect(applicationName)) {
                Set<String> listened = new HashSet<>();
                listenToNew(connection, listened);
                listening = true;
                notifications.missedAll(); // whatever changed before this LISTEN was not notified here
                wait = FIRST_RETRY;
                pump(connection, listened);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("Listening for notifications failed ({}); caches fall back on their time-to-live; "
                            + "connecting again in {} s", e.getClass().getSimpleName(), wait.toSeconds());
                }
            } finally {
                listening = false;
            }
            if (running) {
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait.multipliedBy(2);
            }
        }
    }

    private void pump(Connection connection, Set<String> listened) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (running) {
            listenToNew(connection, listened);
            PGNotification[] received = postgres.getNotifications(POLL_MILLIS);
            if (received != null && received.length > 0) {
                lastHeard = System.nanoTime();
                for (PGNotification notification : received) {
                    notifications.deliver(notification.getName(), notification.getParameter());
                }
            } else if (System.nanoTime() - lastHeard > Duration.ofSeconds(CHECK_EVERY_SECONDS).toNanos()) {
                if (!connection.isValid(5)) {
                    throw new SQLException("the listening connection does not answer");
                }
                lastHeard = System.nanoTime();
            }
        }
    }

    /** Channels subscribed since the last look; names checked by {@link Notifications}, so quoting is enough. */
    private void listenToNew(Connection connection, Set<String> listened) throws SQLException {
        for (String channel : notifications.channels()) {
            if (listened.add(channel)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN \"" + channel + "\"");
                }
            }
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
