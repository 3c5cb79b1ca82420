package vn.qrqg.scanning.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The distinct people each scanner credential scanned in the current clock hour (UTC), in this
 * instance's memory: no database round trip per scan. A person is kept as a 64-bit salted hash of
 * the identity scanned (never the identity itself), in a set that never grows past the quota; a
 * credential's set is emptied when a new hour starts, and credentials idle for an hour are
 * forgotten, so memory is bounded by the credentials active in an hour times what they scanned.
 * Thread-safe: one credential's scans take turns on its window, other credentials' do not wait.
 */
public final class HourlyPeopleCounter {
    private static final long HOUR_SECONDS = 3600;

    /**
     * What the counter made of a scan or a batch.
     *
     * @param admitted whether its people fit in the quota (those new this hour are counted now)
     * @param retryAfter when refused: how long until the hour ends and the count starts again
     * @param firstRefusal when refused: whether it is the credential's first refusal this hour
     * @param windowStart the clock hour counted in
     */
    public record Admission(boolean admitted, Duration retryAfter, boolean firstRefusal, Instant windowStart) {
    }

    private final MessageDigest salted;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong sweptHour = new AtomicLong(Long.MIN_VALUE);

    public HourlyPeopleCounter() {
        byte[] salt = new byte[16]; // this instance's own: the hashes mean nothing outside it
        new SecureRandom().nextBytes(salt);
        try {
            salted = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        salted.update(salt);
    }

    /**
     * Counts {@code identities} (any strings: equal strings are the same person) for {@code client}
     * at {@code now}: all of them when the people new this hour fit in {@code quota} beside those
     * counted already, none of them otherwise. People counted this hour always fit again.
     */
    public Admission admit(String client, int quota, Collection<String> identities, Instant now) {
        long hour = Math.floorDiv(now.getEpochSecond(), HOUR_SECONDS);
        sweep(hour);
        long[] hashes = identities.stream().mapToLong(this::hash).distinct().toArray();
        Instant windowStart = Instant.ofEpochSecond(hour * HOUR_SECONDS);
        while (true) {
            Window window = windows.computeIfAbsent(client, unused -> new Window());
            synchronized (window) {
                if (windows.get(client) != window) {
                    continue; // swept meanwhile: count in the credential's new window
                }
                return admit(window, hour, windowStart, quota, hashes, now);
            }
        }
    }

    private static Admission admit(Window window, long hour, Instant windowStart, int quota, long[] hashes,
            Instant now) {
        if (window.hour != hour) {
            window.hour = hour;
            window.seen = new LongSet();
            window.flagged = false;
        }
        int fresh = 0;
        for (long hash : hashes) {
            if (!window.seen.contains(hash)) {
                fresh++;
            }
        }
        if ((long) window.seen.size() + fresh > quota) {
            boolean first = !window.flagged;
            window.flagged = true;
            return new Admission(false, Duration.between(now, windowStart.plusSeconds(HOUR_SECONDS)), first,
                    windowStart);
        }
        for (long hash : hashes) {
            window.seen.add(hash);
        }
        return new Admission(true, Duration.ZERO, false, windowStart);
    }

    /** Credentials counted this hour, for tests of the memory bound. */
    int credentials() {
        return windows.size();
    }

    /** Once an hour, by one caller: forgets the credentials that scanned nobody since the last hour began. */
    private void sweep(long hour) {
        long swept = sweptHour.get();
        if (swept != hour && sweptHour.compareAndSet(swept, hour)) {
            windows.forEach((client, window) -> {
                synchronized (window) {
                    if (window.hour < hour - 1) {
                        windows.remove(client, window);
                    }
                }
            });
        }
    }

    private long hash(String identity) {
        MessageDigest digest;
        try {
            digest = (MessageDigest) salted.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 clones", e);
        }
        byte[] bytes = digest.digest(identity.getBytes(StandardCharsets.UTF_8));
        long hash = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            hash = (hash << 8) | (bytes[i] & 0xFF);
        }
        return hash;
    }

    private static final class Window {
        long hour = Long.MIN_VALUE;
        LongSet seen = new LongSet();
        boolean flagged;
    }

    /** A set of longs by open addressing: 8 to 16 bytes a person instead of a boxed set's 50 or so. */
    static final class LongSet {
        private long[] slots = new long[16];
        private boolean hasZero;
        private int size;

        int size() {
            return size;
        }

        boolean contains(long value) {
            if (value == 0) {
                return hasZero;
            }
            int mask = slots.length - 1;
            for (int i = spread(value) & mask; slots[i] != 0; i = (i + 1) & mask) {
                if (slots[i] == value) {
                    return true;
                }
            }
            return false;
        }

        void add(long value) {
            if (value == 0) {
                if (!hasZero) {
                    hasZero = true;
                    size++;
                }
                return;
            }
            if ((size + 1) * 2 > slots.length) {
                grow();
            }
            if (insert(slots, value)) {
                size++;
            }
        }

        private void grow() {
            long[] bigger = new long[slots.length * 2];
            for (long value : slots) {
                if (value != 0) {
                    insert(bigger, value);
                }
            }
            slots = bigger;
        }

        private static boolean insert(long[] slots, long value) {
            int mask = slots.length - 1;
            int i = spread(value) & mask;
            while (slots[i] != 0) {
                if (slots[i] == value) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            slots[i] = value;
            return true;
        }

        private static int spread(long value) {
            return (int) (value ^ (value >>> 32));
        }
    }
}
