package vn.qrqg.feed.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.qrqg.platform.database.Notifications;

/**
 * Wake-ups on this instance: a commit that wrote pending changes wakes the sequencer, and the
 * sequencer's commit of new items wakes the long polls, on every instance: it is notified on
 * {@link #ITEMS_CHANNEL}. Each waits with a time limit as well, because another instance's pending
 * writes wake nobody here (a NOTIFY per change would serialize their commits), and a notification
 * may be lost. A lock and conditions rather than
 * {@code synchronized}: long polls wait on virtual threads. The pusher and the NATS publisher
 * wait for work: new items, and an endpoint registered or resumed (which wakes no long poll).
 */
@Component
class FeedSignal {
    /** Notified by the sequencer's transaction when it wrote items. */
    static final String ITEMS_CHANNEL = "qrqg_feed_items";

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition pending = lock.newCondition();
    private final Condition items = lock.newCondition();
    private final Condition work = lock.newCondition();
    private long pendingGeneration;
    private long itemsGeneration;
    private long workGeneration;
    private boolean closing;

    FeedSignal(Notifications notifications) {
        notifications.subscribe(ITEMS_CHANNEL, written -> itemsWritten(), this::itemsWritten);
    }

    void pendingWritten() {
        lock.lock();
        try {
            pendingGeneration++;
            pending.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void itemsWritten() {
        lock.lock();
        try {
            itemsGeneration++;
            items.signalAll();
            workGeneration++;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The platform is stopping: long polls answer at once (an empty page, the same cursor) rather
     * than hold the graceful shutdown for up to their wait; the app polls again, another instance.
     */
    @EventListener(ContextClosedEvent.class)
    void closing() {
        lock.lock();
        try {
            closing = true;
            items.signalAll();
        } finally {
            lock.unlock();
        }
    }

    boolean isClosing() {
        lock.lock();
        try {
            return closing;
        } finally {
            lock.unlock();
        }
    }

    /** The current count of items written, to wait for the next with {@link #awaitItemsAfter}. */
    long itemsGeneration() {
        lock.lock();
        try {
            return itemsGeneration;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until items are written after {@code generation}, or {@code atMost} passes. */
    void awaitItemsAfter(long generation, Duration atMost) throws InterruptedException {
        long nanos = atMost.toNanos();
        lock.lock();
        try {
            while (itemsGeneration == generation && nanos > 0 && !closing) {
                nanos = items.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The current count of pending writes, to wait for the next with {@link #awaitPendingAfter}. */
    long pendingGeneration() {
        lock.lock();
        try {
            return pendingGeneration;
        } finally {
            lock.unlock();
        }
    }

    void awaitPendingAfter(long generation, Duration atMost) throws InterruptedException {
        lock.lock();
        try {
            if (pendingGeneration == generation) {
                pending.await(atMost.toNanos(), TimeUnit.NANOSECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    /** An endpoint was registered or resumed, or a delivery left more to do: wakes the pusher. */
    void workToDo() {
        lock.lock();
        try {
            workGeneration++;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The current count of work signals, to wait for the next with {@link #awaitWorkAfter}. */
    long workGeneration() {
        lock.lock();
        try {
            return workGeneration;
        } finally {
            lock.unlock();
        }
    }

    void awaitWorkAfter(long generation, Duration atMost) throws InterruptedException {
        long nanos = atMost.toNanos();
        lock.lock();
        try {
            while (workGeneration == generation && nanos > 0) {
                nanos = work.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }
}
