package vn.qrqg.passports.internal;

import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.dcc.SignerCertificates;
import vn.qrqg.passports.DccTrustListImported;
import vn.qrqg.platform.database.Freshness;
import vn.qrqg.platform.database.Notifications;
import vn.qrqg.platform.events.EventOutbox;

/**
 * The foreign trust list the operator imported (table {@code passports_foreign_signer}), held in
 * memory for verifying. An import is notified on {@link #CHANNEL} as it commits, and every instance
 * reads the list again at its next use; should the notification be lost, within {@link #REFRESH}: a
 * scan past it reads the one-row version (a primary-key read, once per interval per instance, not
 * per scan) and reloads the certificates only when it changed. A version
 * check rather than a cache of every certificate's row, as the list is small (hundreds of DSCs) and
 * always used whole. Thread-safe.
 */
@Component
public class ForeignTrustList {
    private static final Logger LOG = LoggerFactory.getLogger(ForeignTrustList.class);
    /** How stale another instance's import may be here. */
    static final Duration REFRESH = Duration.ofSeconds(5);
    /** Notified, with the list's new version, when an operator imported a list. */
    static final String CHANNEL = "qrqg_dcc_trust_list";
    private static final TypeReference<List<TrustListUpload.Skipped>> SKIPPED = new TypeReference<>() {
    };

    /** The list as loaded, and when its version was last compared with the database's. */
    public record Held(long version, SignerCertificates signers, Map<X509Certificate, String> countries,
            Instant importedAt, String importedBy, List<TrustListUpload.Skipped> skipped, long checkedStamp) {

        /** How many certificates each country has, by country. */
        public Map<String, Integer> byCountry() {
            Map<String, Integer> counts = new TreeMap<>();
            countries.values().forEach(country -> counts.merge(country, 1, Integer::sum));
            return counts;
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final EventOutbox events;
    private final JsonMapper json;
    private final Clock clock;
    private final ReentrantLock loading = new ReentrantLock();
    private final Freshness freshness = new Freshness(REFRESH);
    private final Notifications notifications;
    private volatile Held held;

    ForeignTrustList(JdbcClient jdbc, TransactionTemplate transactions, EventOutbox events, JsonMapper json, Clock clock,
            Notifications notifications) {
        this.notifications = notifications;
        notifications.subscribe(CHANNEL, version -> freshness.invalidate(), freshness::invalidate);
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** The list now, at most {@link #REFRESH} behind another instance's import. */
    public Held current() {
        Held current = held;
        if (current == null) {
            loading.lock();
            try {
                if (held == null) {
                    held = load();
                }
                return held;
            } finally {
                loading.unlock();
            }
        }
        if (!freshness.isFresh(current.checkedStamp()) && loading.tryLock()) {
            try {
                long stamp = freshness.stamp();
                long version = version();
                held = version == current.version() ? checkedAt(current, stamp) : load();
                return held;
            } catch (RuntimeException e) {
                // the list held still verifies; the next scan past the interval tries again
                LOG.warn("Reading the foreign DCC trust list failed, scans go on with the one read before", e);
                return current;
            } finally {
                loading.unlock();
            }
        }
        return current;
    }

    /** Replaces the whole list in one transaction, publishing {@link DccTrustListImported}. */
    Held replace(TrustListUpload upload, String by) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('passports_foreign_trust_list'))").query().singleRow();
            jdbc.sql("delete from passports_foreign_signer").update();
            upload.signers().forEach((thumbprint, signer) -> insert(thumbprint, signer));
            jdbc.sql("""
                            insert into passports_foreign_trust_list (id, version, imported_at, imported_by, skipped)
                            values (1, 1, :now, :by, cast(:skipped as jsonb))
                            on conflict (id) do update set version = passports_foreign_trust_list.version + 1,
                                imported_at = excluded.imported_at, imported_by = excluded.imported_by,
                                skipped = excluded.skipped""")
                    .param("now", Timestamp.from(now)).param("by", by)
                    .param("skipped", json.writeValueAsString(upload.skipped())).update();
            Map<String, Integer> countries = new TreeMap<>();
            upload.signers().values().forEach(signer -> countries.merge(signer.country(), 1, Integer::sum));
            events.publish(new DccTrustListImported(countries, upload.signers().size(), upload.skipped().size(), by, now));
            notifications.notify(CHANNEL, "imported");
        });
        loading.lock();
        try {
            held = load();
            return held;
        } finally {
            loading.unlock();
        }
    }

    private void insert(String thumbprint, ForeignSigner signer) {
        try {
            jdbc.sql("insert into passports_foreign_signer (thumbprint, kid, country, certificate) "
                            + "values (:thumbprint, :kid, :country, :certificate)")
                    .param("thumbprint", thumbprint).param("kid", TrustListUpload.kid(signer.certificate()))
                    .param("country", signer.country()).param("certificate", signer.certificate().getEncoded())
                    .update();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate has a DER encoding", e);
        }
    }

    private long version() {
        return jdbc.sql("select version from passports_foreign_trust_list where id = 1").query(Long.class)
                .optional().orElse(0L);
    }

    private Held load() {
        long stamp = freshness.stamp();
        return transactions.execute(status -> {
            record Meta(long version, Timestamp importedAt, String importedBy, String skipped) {
            }
            Meta meta = jdbc.sql("select version, imported_at, imported_by, skipped::text from passports_foreign_trust_list "
                    + "where id = 1").query(Meta.class).optional().orElse(null);
            Map<X509Certificate, String> countries = new HashMap<>();
            jdbc.sql("select country, certificate from passports_foreign_signer").query((rows, n) -> {
                countries.put(SignerCertificates.parseCertificate(rows.getBytes("certificate")), rows.getString("country"));
                return null;
            }).list();
            SignerCertificates signers = SignerCertificates.of(countries.keySet());
            return meta == null
                    ? new Held(0, signers, Map.copyOf(countries), null, null, List.of(), stamp)
                    : new Held(meta.version(), signers, Map.copyOf(countries), meta.importedAt().toInstant(),
                            meta.importedBy(), json.readValue(meta.skipped(), SKIPPED), stamp);
        });
    }

    private static Held checkedAt(Held held, long stamp) {
        return new Held(held.version(), held.signers(), held.countries(), held.importedAt(), held.importedBy(),
                held.skipped(), stamp);
    }
}
