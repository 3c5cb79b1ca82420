package vn.qrqg.scanning.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrqg.platform.database.Freshness;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.codec.scan.ScanClassifier;
import vn.qrqg.codec.scan.ScanResult;
import vn.qrqg.codec.signature.TrustList;

/**
 * The codec's {@link ScanClassifier} over the platform's trust list, built once and rebuilt when
 * it is older than the refresh interval or was {@link #invalidate invalidated} (a key rotated or
 * revoked through any instance: {@code SigningKeys.CHANNEL}) — by one caller, while the others go
 * on with the list they have — or at once when a scan names a key the list does not hold: a key that another instance,
 * or this one, has just made active. That look-up happens at most every {@value #UNKNOWN_KEY_PAUSE_MILLIS}
 * ms, so that made-up key ids cannot turn scans into database queries. Thread-safe.
 */
public final class TrustedClassifier {
    private static final Logger LOG = LoggerFactory.getLogger(TrustedClassifier.class);
    static final long UNKNOWN_KEY_PAUSE_MILLIS = 100;

    /** {@code at}: when its reading began ({@link Freshness#stamp}). */
    private record Loaded(ScanClassifier classifier, long at) {
    }

    private final Supplier<TrustList> trustList;
    private final List<String> venueBaseUrls;
    private final Freshness freshness;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Loaded loaded;

    /** @param trustList the platform's keys now, read afresh on every call */
    public TrustedClassifier(Supplier<TrustList> trustList, List<String> venueBaseUrls, Duration refreshInterval) {
        this.trustList = trustList;
        this.venueBaseUrls = List.copyOf(venueBaseUrls);
        this.freshness = new Freshness(refreshInterval);
    }

    /** Makes the next scan read the trust list again: a key was rotated or revoked. */
    public void invalidate() {
        freshness.invalidate();
    }

    /**
     * The scanned text's kind and outcome, a personal QR's signature not checked yet
     * ({@link ScanClassifier#classifyBeforeSignature}): the platform keeps every text it signed,
     * and {@link PeopleInBulk#byQrs} compares the scanned one with those copies, checking the
     * signature ({@link #verify}) only when none matches. A QR of a revoked or unknown key is
     * refused here, copy or not.
     */
    public ScanResult classify(String text) {
        Loaded current = current();
        ScanResult result = current.classifier().classifyBeforeSignature(text);
        if (result.outcome() == ScanOutcome.UNKNOWN_KEY
                && System.nanoTime() - current.at() >= UNKNOWN_KEY_PAUSE_MILLIS * 1_000_000) {
            Loaded fresh = reloadUnlessDone(current);
            if (fresh != current) {
                result = fresh.classifier().classifyBeforeSignature(text);
            }
        }
        return result;
    }

    /** What a personal QR's signature says, against the trust list this classifier holds. */
    public ScanOutcome verify(PersonalQr qr) {
        return current().classifier().verify(qr);
    }

    private Loaded current() {
        Loaded current = loaded;
        if (current == null) {
            return reloadUnlessDone(null);
        }
        if (!freshness.isFresh(current.at()) && loading.tryLock()) {
            try {
                if (loaded == current) {
                    loaded = load();
                }
                return loaded;
            } catch (RuntimeException e) {
                // the keys we have still verify; the next scan past the interval tries again
                LOG.warn("Refreshing the trust list failed, scans go on with the one read before", e);
                return current;
            } finally {
                loading.unlock();
            }
        }
        return current;
    }

    /** Loads the list unless another caller replaced {@code seen} meanwhile; the list to use. */
    private Loaded reloadUnlessDone(Loaded seen) {
        loading.lock();
        try {
            if (loaded == seen) {
                loaded = load();
            }
            return loaded;
        } finally {
            loading.unlock();
        }
    }

    private Loaded load() {
        long stamp = freshness.stamp();
        return new Loaded(new ScanClassifier(trustList.get(), venueBaseUrls), stamp);
    }
}
