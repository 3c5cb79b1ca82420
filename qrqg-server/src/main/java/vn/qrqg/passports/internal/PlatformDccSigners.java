package vn.qrqg.passports.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.dcc.DccSigningKey;
import vn.qrqg.dcc.SignerCertificates;
import vn.qrqg.passports.DccSignerChanged;
import vn.qrqg.passports.DccSigners;
import vn.qrqg.passports.PassportsProperties;
import vn.qrqg.platform.database.Freshness;
import vn.qrqg.platform.database.Notifications;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.platform.secrets.KeySealer;
import vn.qrqg.passports.internal.StoredDccSigner.Origin;
import vn.qrqg.passports.internal.StoredDccSigner.Role;
import vn.qrqg.passports.internal.StoredDccSigner.Status;

/**
 * The platform's DCC signers in {@code dcc_signer}: the active document signer, made with its CSCA
 * at first start when {@code generate} allows, rotated, imported, withdrawn. Private keys are
 * sealed at rest and unsealed once per signer; a change is notified on {@link #CHANNEL} as it
 * commits, and every instance reads the signers again at its next use (within {@code check-interval}
 * should the notification be lost). Thread-safe.
 */
@Service
class PlatformDccSigners implements DccSigners {
    /** Notified when a signer was made, rotated, imported or withdrawn. */
    static final String CHANNEL = "qrqg_dcc_signers";
    private static final Logger LOG = LoggerFactory.getLogger(PlatformDccSigners.class);

    private final DccSignerRepository repository;
    private final KeySealer sealer;
    private final TransactionTemplate transactions;
    private final EventOutbox events;
    private final PassportsProperties.Signers properties;
    private final Clock clock;
    private final ReentrantLock changes = new ReentrantLock();
    private final Freshness freshness;
    private final Notifications notifications;
    private volatile Current current;

    /** The signer in use (null when none is), the published list, and when this instance began to read them. */
    private record Current(byte[] kid, DccSigningKey signer, SignerCertificates published, long stamp) {
    }

    PlatformDccSigners(DccSignerRepository repository, KeySealer sealer, PlatformTransactionManager transactionManager,
            EventOutbox events, PassportsProperties properties, Clock clock, Notifications notifications) {
        this.freshness = new Freshness(properties.signers().checkInterval());
        this.notifications = notifications;
        notifications.subscribe(CHANNEL, change -> freshness.invalidate(), freshness::invalidate);
        this.repository = repository;
        this.sealer = sealer;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.properties = properties.signers();
        this.clock = clock;
    }

    /** @throws NoDccSignerException when none is active and the platform is not to make one */
    @Override
    public DccSigningKey active() {
        DccSigningKey signer = current().signer();
        if (signer == null) {
            throw new NoDccSignerException();
        }
        return signer;
    }

    @Override
    public SignerCertificates published() {
        return current().published();
    }

    /** Every signer, oldest first: for operators and the trust list. */
    List<StoredDccSigner> all() {
        return repository.findAll();
    }

    /**
     * The signers a verifier trusts now: the DSCs active or retired and not expired, with the CSCAs
     * that issued them (any CSCA not withdrawn).
     */
    List<StoredDccSigner> publishedSigners() {
        Instant now = clock.instant();
        return repository.findAll().stream().filter(signer -> signer.status() != Status.WITHDRAWN)
                .filter(signer -> signer.role() == Role.CSCA || signer.notAfter().isAfter(now)).toList();
    }

    private Current current() {
        Current known = current;
        if (known != null && freshness.isFresh(known.stamp())) {
            return known;
        }
        changes.lock();
        try {
            known = current;
            if (known != null && freshness.isFresh(known.stamp())) {
                return known;
            }
            long stamp = freshness.stamp();
            StoredDccSigner active = repository.findActive(Role.DSC).orElse(null);
            if (active == null && properties.generate()) {
                transactions.executeWithoutResult(status -> {
                    generateUnlessOneIsActive();
                    notifications.notify(CHANNEL, "generated");
                });
                active = repository.findActive(Role.DSC).orElseThrow();
            }
            DccSigningKey signer = active == null ? null
                    : known != null && Arrays.equals(known.kid(), active.kid()) ? known.signer() : unseal(active);
            current = new Current(active == null ? null : active.kid(), signer, publishedCertificates(), stamp);
            return current;
        } finally {
            changes.unlock();
        }
    }

    /** Called in a transaction; instances that start together wait on the lock and take the first's signers. */
    private void generateUnlessOneIsActive() {
        repository.lock();
        if (repository.findActive(Role.DSC).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        List<String> kids = new ArrayList<>();
        SignerKeyPair csca = repository.findActive(Role.CSCA).filter(row -> row.privateKeySealed() != null)
                .map(this::unsealPair).orElse(null);
        if (csca == null) {
            csca = SignerCertificateMaker.csca("QRQG development CSCA", now, properties.cscaValidity());
            repository.retireActive(Role.CSCA);
            kids.add(insert(Role.CSCA, csca, Origin.GENERATED).kidBase64());
        }
        SignerKeyPair dsc = SignerCertificateMaker.dsc(csca, "QRQG development DSC " + now.toString().substring(0, 10), now,
                properties.dscValidity());
        kids.addFirst(insert(Role.DSC, dsc, Origin.GENERATED).kidBase64());
        events.publish(new DccSignerChanged("GENERATED", kids, callerClientId(), now));
        LOG.warn("Generated development DCC signers ({}): no other country trusts the certificates they sign; "
                + "import the production document signer (docs/dcc.md, \"Signers\") and set "
                + "qrqg.passports.signers.generate=false", String.join(", ", kids));
    }

    /**
     * A new document signer certified by the platform's CSCA; the one it replaces is retired, still
     * published while certificates it signed may be valid.
     *
     * @throws CscaKeyNotHeldException when the platform holds the CSCA's certificate only
     */
    List<String> rotate() {
        List<String> kids = change(() -> {
            repository.lock();
            StoredDccSigner cscaRow = repository.findActive(Role.CSCA).filter(row -> row.privateKeySealed() != null)
                    .orElseThrow(CscaKeyNotHeldException::new);
            Instant now = clock.instant();
            SignerKeyPair dsc = SignerCertificateMaker.dsc(unsealPair(cscaRow), "QRQG DSC " + now.toString().substring(0, 10),
                    now, properties.dscValidity());
            List<String> changed = new ArrayList<>();
            changed.add(Base64.getEncoder().encodeToString(SignerCertificates.kid(dsc.certificate())));
            repository.findActive(Role.DSC).ifPresent(previous -> changed.add(previous.kidBase64()));
            repository.retireActive(Role.DSC);
            insert(Role.DSC, dsc, Origin.GENERATED);
            events.publish(new DccSignerChanged("ROTATED", changed, callerClientId(), now));
            return changed;
        });
        LOG.info("Rotated the DCC document signer: {} signs from now on", kids.getFirst());
        return kids;
    }

    /** Rotates when the active document signer expires within {@code renew-before}; false when it need not or cannot. */
    boolean renewIfDue(Instant now) {
        StoredDccSigner active = repository.findActive(Role.DSC).orElse(null);
        if (active == null || active.notAfter().isAfter(now.plus(properties.renewBefore()))) {
            return false;
        }
        boolean cscaKeyHeld = repository.findActive(Role.CSCA).map(row -> row.privateKeySealed() != null).orElse(false);
        if (!cscaKeyHeld) {
            LOG.warn("The DCC document signer {} expires on {}: certificates signed from now on would outlive it; "
                    + "import a new one", active.kidBase64(), active.notAfter());
            return false;
        }
        rotate();
        return true;
    }

    /**
     * Makes an imported document signer the active one (and its CSCA, when the file holds it); the
     * previous DSC is retired. Importing a signer already held changes nothing but its status.
     */
    List<String> importSigner(SignerImport.Imported imported) {
        List<String> kids = change(() -> {
            repository.lock();
            List<String> changed = new ArrayList<>();
            byte[] dscKid = SignerCertificates.kid(imported.dsc().certificate());
            StoredDccSigner existing = repository.find(dscKid).orElse(null);
            if (existing != null && existing.status() == Status.WITHDRAWN) {
                throw new DccSignerNotAcceptedException("this document signer was withdrawn and cannot sign again", null);
            }
            if (imported.csca() != null && repository.find(SignerCertificates.kid(imported.csca())).isEmpty()) {
                repository.retireActive(Role.CSCA);
                changed.add(insert(Role.CSCA, new SignerKeyPair(null, imported.csca()), Origin.IMPORTED).kidBase64());
            }
            repository.findActive(Role.DSC).filter(active -> !Arrays.equals(active.kid(), dscKid))
                    .ifPresent(previous -> changed.add(previous.kidBase64()));
            repository.retireActive(Role.DSC);
            if (existing == null) {
                insert(Role.DSC, imported.dsc(), Origin.IMPORTED);
            } else {
                repository.activate(dscKid);
            }
            changed.addFirst(Base64.getEncoder().encodeToString(dscKid));
            events.publish(new DccSignerChanged("IMPORTED", changed, callerClientId(), clock.instant()));
            return changed;
        });
        LOG.info("Imported the DCC document signer {}: it signs from now on", kids.getFirst());
        return kids;
    }

    /**
     * Withdraws a signer (its key compromised): no longer published, so nothing it signed verifies.
     *
     * @throws DccSignerNotFoundException when no signer has this kid
     * @throws DccSignerInUseException for the active document signer
     */
    void withdraw(byte[] kid) {
        String shown = Base64.getEncoder().encodeToString(kid);
        change(() -> {
            repository.lock();
            StoredDccSigner signer = repository.find(kid).orElseThrow(() -> new DccSignerNotFoundException(shown));
            if (signer.role() == Role.DSC && signer.status() == Status.ACTIVE) {
                throw new DccSignerInUseException(shown);
            }
            if (repository.withdraw(kid)) {
                events.publish(new DccSignerChanged("WITHDRAWN", List.of(shown), callerClientId(), clock.instant()));
            }
            return null;
        });
        LOG.warn("Withdrew the DCC signer {}: certificates it signed verify no more", shown);
    }

    /** Makes this instance read the signers again at its next use, not after {@code check-interval}. */
    void reread() {
        current = null;
    }

    /** Runs a change in a transaction and makes every later call of this instance read the signers again. */
    private <T> T change(java.util.function.Supplier<T> work) {
        changes.lock();
        try {
            T result = transactions.execute(status -> {
                T done = work.get();
                notifications.notify(CHANNEL, "changed");
                return done;
            });
            current = null;
            return result;
        } finally {
            changes.unlock();
        }
    }

    private StoredDccSigner insert(Role role, SignerKeyPair pair, Origin origin) {
        byte[] kid = SignerCertificates.kid(pair.certificate());
        byte[] sealed = null;
        if (pair.key() != null) {
            byte[] pkcs8 = pair.key().getEncoded();
            try {
                sealed = sealer.seal(Base64.getEncoder().encodeToString(kid), pkcs8);
            } finally {
                Arrays.fill(pkcs8, (byte) 0);
            }
        }
        X509Certificate certificate = pair.certificate();
        StoredDccSigner row;
        try {
            row = new StoredDccSigner(kid, role, certificate.getEncoded(), sealed, Status.ACTIVE, origin,
                    certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), null, null);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate without DER", e);
        }
        repository.insert(row);
        return row;
    }

    private DccSigningKey unseal(StoredDccSigner row) {
        SignerKeyPair pair = unsealPair(row);
        return new DccSigningKey(pair.key(), pair.certificate());
    }

    private SignerKeyPair unsealPair(StoredDccSigner row) {
        X509Certificate certificate = SignerCertificates.parseCertificate(row.certificate());
        byte[] pkcs8 = sealer.unseal(row.kidBase64(), row.privateKeySealed());
        try {
            String algorithm = certificate.getPublicKey().getAlgorithm();
            PrivateKey key = KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new SignerKeyPair(key, certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the DCC signer " + row.kidBase64() + " holds no usable private key", e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    private SignerCertificates publishedCertificates() {
        return SignerCertificates.of(publishedSigners().stream().filter(signer -> signer.role() == Role.DSC)
                .map(signer -> SignerCertificates.parseCertificate(signer.certificate())).toList());
    }

    /** The operator acting, for the events; null outside a request (a start-up task, a renewal). */
    private static String callerClientId() {
        return CallingClient.current().map(CallingClient::clientId).orElse(null);
    }
}
