package vn.qrqg.issuance;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.codec.signature.InMemorySigner;
import vn.qrqg.codec.signature.KeyStatus;
import vn.qrqg.codec.signature.Signer;
import vn.qrqg.codec.signature.TrustList;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.codec.signature.TrustedKey;
import vn.qrqg.platform.database.Freshness;
import vn.qrqg.platform.database.Notifications;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.platform.secrets.KeySealer;
import vn.qrqg.issuance.internal.SealedKeys;
import vn.qrqg.issuance.internal.SigningKeyRepository;
import vn.qrqg.issuance.internal.StoredSigningKey;

/**
 * The platform's signing keys: the one that signs new QRs, the trust list scanners verify
 * against, rotation and revocation. Private keys are sealed at rest and unsealed once per key;
 * a rotation or revocation is notified on {@link #CHANNEL} in its transaction, so every instance
 * reads the active key again at once, and within {@code qrqg.issuance.active-key-check-interval}
 * should the notification be lost. Publishes {@link SigningKeyRotated} and
 * {@link SigningKeyRevoked}. Thread-safe.
 */
@Service
public class SigningKeys {
    /** Notified, with the key's kid, when a key is rotated in or revoked: the keys and the trust list changed. */
    public static final String CHANNEL = "qrqg_signing_keys";
    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);

    private final SigningKeyRepository repository;
    private final KeySealer sealer;
    private final TransactionTemplate transactions;
    private final EventOutbox events;
    private final Notifications notifications;
    private final Freshness freshness;
    private final ReentrantLock changes = new ReentrantLock();
    private volatile Current current;

    /** The signer in use and when this instance began to check that it is still the active one. */
    private record Current(InMemorySigner signer, long stamp) {
    }

    SigningKeys(SigningKeyRepository repository, KeySealer sealer, PlatformTransactionManager transactionManager,
            IssuanceProperties properties, EventOutbox events, Notifications notifications) {
        this.repository = repository;
        this.sealer = sealer;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        Duration interval = Objects.requireNonNullElse(properties.activeKeyCheckInterval(), Duration.ofSeconds(30));
        this.freshness = new Freshness(interval);
        this.notifications = notifications;
        notifications.subscribe(CHANNEL, kid -> freshness.invalidate(), freshness::invalidate);
    }

    /** The signer of the active key, generating the platform's first key when there is none. */
    public Signer activeSigner() {
        Current known = current;
        if (known != null && freshness.isFresh(known.stamp())) {
            return known.signer();
        }
        changes.lock();
        try {
            known = current;
            long stamp = freshness.stamp();
            StoredSigningKey active = repository.findActive().orElse(null);
            InMemorySigner signer;
            if (active == null) {
                signer = transactions.execute(status -> createActiveUnlessOneExists());
            } else if (known != null && known.signer().keyId().equals(active.kid())) {
                signer = known.signer();
            } else {
                signer = SealedKeys.unseal(active, sealer);
            }
            current = new Current(signer, stamp);
            return signer;
        } finally {
            changes.unlock();
        }
    }

    /** Every key with its status, oldest first: what {@code /.well-known/jwks.json} publishes. */
    public TrustList trustList() {
        return TrustList.of(repository.findAll().stream()
                .map(key -> new TrustedKey(key.kid(), SealedKeys.publicKey(key.kid(), key.publicKey()), key.status()))
                .toList());
    }

    /**
     * Whether QRs signed by {@code kid} still verify: the key is active or retired, not revoked
     * and not unknown. Read from the database, so that a revocation through any instance counts.
     */
    public boolean verifies(String kid) {
        return repository.find(kid).map(key -> key.status() != KeyStatus.REVOKED).orElse(false);
    }

    /** A new active key; the one it replaces is retired, still verifying the QRs it signed. */
    public Rotation rotate() {
        SealedKeys.Sealed fresh = SealedKeys.generate(sealer);
        String by = callerClientId();
        changes.lock();
        try {
            Rotation rotation = transactions.execute(status -> {
                repository.lock();
                String previous = repository.findActive().map(StoredSigningKey::kid).orElse(null);
                repository.retireActive();
                insertActive(fresh);
                events.publish(new SigningKeyRotated(fresh.kid(), previous, by, Instant.now()));
                notifications.notify(CHANNEL, fresh.kid());
                return new Rotation(state(fresh.kid()), previous == null ? null : state(previous));
            });
            current = new Current(fresh.signer(), freshness.stamp());
            LOG.info("Rotated the signing key: {} signs from now on, {} is retired", fresh.kid(),
                    rotation.previous() == null ? "no key" : rotation.previous().kid());
            return rotation;
        } finally {
            changes.unlock();
        }
    }

    /**
     * Revokes the key, so that the QRs it signed no longer verify; revoking the active key
     * makes a new one active. Revoking a revoked key changes nothing.
     *
     * @throws SigningKeyNotFoundException when no key has this kid
     */
    public Revocation revoke(String kid) {
        SealedKeys.Sealed replacement = SealedKeys.generate(sealer); // unused unless kid is the active key
        String by = callerClientId();
        changes.lock();
        try {
            Revocation revocation = transactions.execute(status -> {
                repository.lock();
                StoredSigningKey key = repository.find(kid).orElseThrow(() -> new SigningKeyNotFoundException(kid));
                repository.revoke(kid);
                if (key.status() == KeyStatus.ACTIVE) {
                    insertActive(replacement);
                }
                String active = repository.findActive().map(StoredSigningKey::kid).orElseThrow();
                if (key.status() != KeyStatus.REVOKED) {
                    events.publish(new SigningKeyRevoked(kid, active, by, Instant.now()));
                    notifications.notify(CHANNEL, kid);
                }
                return new Revocation(state(kid), state(active));
            });
            if (revocation.active().kid().equals(replacement.kid())) {
                current = new Current(replacement.signer(), freshness.stamp());
                LOG.warn("Revoked the active signing key {}: {} signs from now on", kid, replacement.kid());
            } else {
                LOG.warn("Revoked the signing key {}", kid);
            }
            return revocation;
        } finally {
            changes.unlock();
        }
    }

    /** Called in a transaction. Instances that start together wait on the lock; the later ones take the first's key. */
    private InMemorySigner createActiveUnlessOneExists() {
        repository.lock();
        StoredSigningKey existing = repository.findActive().orElse(null);
        if (existing != null) {
            return SealedKeys.unseal(existing, sealer);
        }
        SealedKeys.Sealed fresh = SealedKeys.generate(sealer);
        if (!repository.insertActive(fresh.kid(), fresh.publicKey(), fresh.privateKeySealed())) {
            // a writer that did not take the lock got there first: its key is the active one
            return SealedKeys.unseal(repository.findActive().orElseThrow(), sealer);
        }
        LOG.info("Generated the platform's signing key {}", fresh.kid());
        return fresh.signer();
    }

    private void insertActive(SealedKeys.Sealed fresh) {
        if (!repository.insertActive(fresh.kid(), fresh.publicKey(), fresh.privateKeySealed())) {
            throw new IllegalStateException("another signing key became active during this change; try again");
        }
    }

    /** The operator acting, for the events; null outside a request (a test, a start-up task). */
    private static String callerClientId() {
        return CallingClient.current().map(CallingClient::clientId).orElse(null);
    }

    private SigningKey state(String kid) {
        StoredSigningKey key = repository.find(kid).orElseThrow(() -> new SigningKeyNotFoundException(kid));
        return new SigningKey(key.kid(), key.status(), key.createdAt(), key.retiredAt(), key.revokedAt());
    }
}
