package vn.qrqg.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.audit.AuditHeadSigner;
import vn.qrqg.codec.audit.SignedHead;

/**
 * Seals each day's chain once no record can join it any more, the seal's grace after its
 * midnight (UTC): signs its head with the platform's signing key, naming the head of the day
 * sealed before it, so that the signed heads are a chain too (docs/audit.md). A day without a
 * single record is sealed as well, at its genesis, so that the heads have no gaps. Safe on
 * several instances at once: a day's head is locked while it is sealed, and sealed once.
 */
final class AuditSeals implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditSeals.class);

    private final ChainHeads heads;
    private final AuditHeadSigner signer;
    private final TransactionTemplate transaction;
    private final Duration grace;
    private final Duration checkEvery;
    private final Clock clock;
    private ScheduledExecutorService runs;

    AuditSeals(ChainHeads heads, AuditHeadSigner signer, TransactionTemplate transaction, Duration grace,
            Duration checkEvery, Clock clock) {
        this.heads = heads;
        this.signer = signer;
        this.transaction = transaction;
        this.grace = grace;
        this.checkEvery = checkEvery;
        this.clock = clock;
    }

    /** Seals what is due every {@code checkEvery}, the first time one interval after the start. */
    synchronized void start() {
        runs = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("audit-seals").factory());
        runs.scheduleWithFixedDelay(this::sealDueAndLog, checkEvery.toMillis(), checkEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (runs != null) {
            runs.shutdownNow();
        }
    }

    /**
     * Seals, in order, every day from the one after the latest sealed (or the first day with a
     * chain) to the last whose midnight is more than the grace ago; the days it sealed.
     */
    List<LocalDate> sealDue() {
        LocalDate last = LocalDate.ofInstant(clock.instant().minus(grace), ZoneOffset.UTC).minusDays(1);
        Optional<LocalDate> first = heads.latestSealed().map(day -> day.plusDays(1)).or(heads::earliest);
        List<LocalDate> sealed = new ArrayList<>();
        for (LocalDate day = first.orElse(last.plusDays(1)); !day.isAfter(last); day = day.plusDays(1)) {
            if (seal(day)) {
                sealed.add(day);
            }
        }
        return sealed;
    }

    /** Signs {@code day}'s head as it stands; false when it was sealed already. */
    boolean seal(LocalDate day) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            ChainHeads.Head head = heads.lock(day);
            if (head.sealed()) {
                return false;
            }
            byte[] previous = heads.previousOf(day).orElse(null);
            heads.seal(SignedHead.sign(day, head.records(), head.head(), previous, signer.activeSigner()));
            return true;
        }));
    }

    private void sealDueAndLog() {
        try {
            List<LocalDate> sealed = sealDue();
            if (!sealed.isEmpty()) {
                LOG.info("Sealed the audit chains of {}", sealed);
            }
        } catch (RuntimeException e) {
            LOG.error("Sealing the audit's day heads failed; the next run tries again", e);
        }
    }
}
