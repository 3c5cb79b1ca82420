package vn.qrqg.clients;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.clients.internal.AppRepository;
import vn.qrqg.clients.internal.AppStatusCache;
import vn.qrqg.clients.internal.ClientSecrets;
import vn.qrqg.clients.internal.StoredApp;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.platform.database.Notifications;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * The platform's clients: registering an app (its secret shown once, stored hashed), its
 * certification status, and the public list of certified apps. Publishes
 * {@link AppRegistered} and {@link AppStatusChanged}, each in the transaction of its change.
 */
@Service
public class Apps {
    private static final Logger LOG = LoggerFactory.getLogger(Apps.class);

    private final AppRepository repository;
    private final AppStatusCache statusCache;
    private final PasswordEncoder passwordEncoder;
    private final EventOutbox events;
    private final TransactionTemplate transactions;
    private final ProvinceCodes provinceCodes;
    private final Notifications notifications;

    Apps(AppRepository repository, AppStatusCache statusCache, PasswordEncoder passwordEncoder,
            EventOutbox events, PlatformTransactionManager transactionManager, ProvinceCodes provinceCodes,
            Notifications notifications) {
        this.notifications = notifications;
        this.repository = repository;
        this.provinceCodes = provinceCodes;
        this.statusCache = statusCache;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * A new app, PENDING until an admin certifies it, with a fresh client_id and secret.
     *
     * @param scopes what it may ask tokens for; duplicates are dropped
     * @throws UnknownScopeException naming the scopes that are not {@link Scopes}
     * @throws InvalidFieldException for {@link Scopes#CHECKIN_VENUE}, which only a venue's staff scanner holds
     */
    public RegisteredApp register(String name, String operator, List<String> scopes) {
        return registerAt(name, operator, scopes, null);
    }

    private RegisteredApp registerAt(String name, String operator, List<String> scopes, String vaccinationSite) {
        List<String> unknown = Scopes.unknown(scopes);
        if (!unknown.isEmpty()) {
            throw new UnknownScopeException(unknown);
        }
        if (scopes.contains(Scopes.CHECKIN_VENUE)) {
            throw new InvalidFieldException("scopes", "must not hold " + Scopes.CHECKIN_VENUE + ": only a venue's staff "
                    + "scanner holds it, made by the venue's owner (POST /api/v1/venues/{venueCode}/staff)");
        }
        if (scopes.contains(Scopes.DCC_SITE) && vaccinationSite == null) {
            throw new InvalidFieldException("vaccinationSite", "is required for an app with scope dcc:site: the "
                    + "vaccination site it works for, exactly as the national vaccination system names it on its records");
        }
        if (!scopes.contains(Scopes.DCC_SITE) && vaccinationSite != null) {
            throw new InvalidFieldException("vaccinationSite", "is only for an app with scope dcc:site");
        }
        return insert(name, operator, List.copyOf(new LinkedHashSet<>(scopes)), AppStatus.PENDING, null,
                vaccinationSite);
    }

    /**
     * {@link #register(String, String, List)}, limited at once to {@code provinces} (none: the
     * whole country): an official's app, such as a province's tracers'.
     *
     * @throws InvalidFieldException naming a code that is not a province
     */
    public RegisteredApp register(String name, String operator, List<String> scopes, List<String> provinces) {
        return register(name, operator, scopes, provinces, null);
    }

    /**
     * {@link #register(String, String, List, List)}, and for an app with {@link Scopes#DCC_SITE}
     * bound to its vaccination site, which it needs and only it may have.
     *
     * @param vaccinationSite exactly as the national vaccination system names the site on its records
     *        (surrounding blanks dropped), or null
     * @throws InvalidFieldException for a dcc:site app without a site, or a site for another app
     */
    public RegisteredApp register(String name, String operator, List<String> scopes, List<String> provinces,
            String vaccinationSite) {
        List<String> limited = provinces(provinces);
        String site = vaccinationSite == null || vaccinationSite.isBlank() ? null : vaccinationSite.strip();
        RegisteredApp registered = registerAt(name, operator, scopes, site);
        if (limited.isEmpty()) {
            return registered;
        }
        App app = limitToProvinces(registered.app().appId(), limited);
        return new RegisteredApp(app, registered.clientSecret());
    }

    /**
     * Limits an official's app to {@code provinces}, or lifts the limit (none); its calls follow
     * from their next call on, on every instance ({@link AppStatusCache#CHANNEL}).
     * The same provinces again change nothing.
     *
     * @throws AppNotFoundException when no app has this id
     * @throws InvalidFieldException naming a code that is not a province, or for a venue's staff scanner
     */
    public App limitToProvinces(UUID appId, List<String> provinces) {
        List<String> limited = provinces(provinces);
        String by = callerClientId();
        StoredApp before = transactions.execute(tx -> {
            StoredApp app = repository.findForUpdate(appId).orElseThrow(() -> new AppNotFoundException(appId));
            if (app.app().venueCode() != null) {
                throw new InvalidFieldException("provinces", "a venue's staff scanner works at its venue only");
            }
            if (!app.app().provinces().equals(limited)) {
                repository.setProvinces(appId, limited);
                events.publish(new AppProvincesChanged(appId, app.app().clientId(), app.app().provinces(), limited, by,
                        Instant.now()));
                notifications.notify(AppStatusCache.CHANNEL, app.app().clientId());
            }
            return app;
        });
        statusCache.evict(before.app().clientId());
        App after = require(appId);
        if (!before.app().provinces().equals(limited)) {
            LOG.info("App {} ({}) limited to provinces {} by {}", after.clientId(), after.name(), limited, by);
        }
        return after;
    }

    /** The province codes, sorted, each once; every one a province. */
    private List<String> provinces(List<String> provinces) {
        if (provinces == null) {
            return List.of();
        }
        for (String code : provinces) {
            if (code == null || !provinceCodes.isProvince(code)) {
                throw new InvalidFieldException("provinces", "\"" + code + "\" is not a province code of the current "
                        + "structure (two digits, e.g. 01 for Hà Nội, 79 for Thành phố Hồ Chí Minh)");
            }
        }
        return provinces.stream().distinct().sorted().toList();
    }

    /**
     * A staff scanner of a venue: a client bound to {@code venue} that holds only
     * {@link Scopes#CHECKIN_VENUE}, CERTIFIED at once (the venue's owner, confirmed by SMS,
     * vouches for it; there is no app to assess). Left out of the public list of certified apps.
     * Revoke it with {@link #changeStatus}; its tokens are refused from the next call on.
     *
     * @param name what operators see of it; never personal data (it is logged)
     */
    public RegisteredApp registerVenueScanner(VenueCode venue, String name) {
        return insert(name, "Venue " + venue.value(), List.of(Scopes.CHECKIN_VENUE), AppStatus.CERTIFIED, venue, null);
    }

    /**
     * A new secret for a venue's staff scanner, the old one refused from now on (tokens it got
     * run to their expiry): the platform keeps secrets hashed only, so a new enrolment link needs a
     * new secret.
     *
     * @return the new secret, shown once
     * @throws AppNotFoundException when no venue scanner has this id
     * @throws AppRevokedException when it is revoked
     */
    public String resetVenueScannerSecret(UUID appId) {
        StoredApp app = repository.find(appId).filter(found -> found.app().venueCode() != null)
                .orElseThrow(() -> new AppNotFoundException(appId));
        if (app.app().status() == AppStatus.REVOKED) {
            throw new AppRevokedException(appId);
        }
        String secret = ClientSecrets.newSecret();
        repository.updateSecretHash(app.app().clientId(), passwordEncoder.encode(secret));
        LOG.info("Venue scanner {} got a new secret", app.app().clientId());
        return secret;
    }

    /**
     * A first-party app of the platform itself (the citizen portal), made as the operator client
     * is: CERTIFIED on the first start, under a fixed client_id, with a secret every instance
     * derives alike. Later starts reset the secret to {@code secret} when it differs and leave the
     * status alone, so that an operator may still suspend it. Its scopes are those it was made with.
     *
     * @param secret at least 32 characters; never logged
     * @throws UnknownScopeException naming the scopes that are not {@link Scopes}
     */
    public App ensureFirstParty(String clientId, String name, List<String> scopes, String secret) {
        List<String> unknown = Scopes.unknown(scopes);
        if (!unknown.isEmpty()) {
            throw new UnknownScopeException(unknown);
        }
        if (secret == null || secret.length() < ClientSecrets.MIN_CONFIGURED_LENGTH) {
            throw new IllegalArgumentException("a first-party app's secret has at least "
                    + ClientSecrets.MIN_CONFIGURED_LENGTH + " characters");
        }
        var existing = repository.findByClientId(clientId);
        if (existing.isPresent()) {
            if (!passwordEncoder.matches(secret, existing.get().clientSecretHash())) {
                repository.updateSecretHash(clientId, passwordEncoder.encode(secret));
                LOG.warn("The secret of the first-party app '{}' was reset to the one derived from the key-encryption "
                        + "key (the key changed?)", clientId);
            }
            return existing.get().app();
        }
        UUID appId = UUID.randomUUID();
        String hash = passwordEncoder.encode(secret);
        Boolean created = transactions.execute(tx -> {
            if (!repository.insert(appId, name, "QRQG", clientId, hash, List.copyOf(scopes), AppStatus.CERTIFIED)) {
                return false; // another instance, starting at the same time, made it first
            }
            events.publish(new AppRegistered(appId, clientId, name, "QRQG", scopes, AppStatus.CERTIFIED, null,
                    Instant.now()));
            return true;
        });
        if (Boolean.TRUE.equals(created)) {
            LOG.info("Created the first-party app '{}' ({}) with scopes {}", clientId, name, scopes);
        }
        return repository.findByClientId(clientId).orElseThrow().app();
    }

    private RegisteredApp insert(String name, String operator, List<String> scopes, AppStatus status, VenueCode venue,
            String vaccinationSite) {
        String secret = ClientSecrets.newSecret();
        String hash = passwordEncoder.encode(secret);
        UUID appId = UUID.randomUUID();
        String by = callerClientId();
        App app = transactions.execute(tx -> {
            String clientId = ClientSecrets.newClientId();
            while (!repository.insert(appId, name, operator, clientId, hash, scopes, status, venue, vaccinationSite)) {
                clientId = ClientSecrets.newClientId(); // 96 random bits collided: astronomically rare
            }
            App inserted = repository.find(appId).orElseThrow().app();
            events.publish(new AppRegistered(appId, inserted.clientId(), name, operator, scopes, inserted.status(), by,
                    Instant.now()));
            return inserted;
        });
        LOG.info("App {} ({}, {}) registered by {} with scopes {}", app.clientId(), name, operator, by, scopes);
        return new RegisteredApp(app, secret);
    }

    public Optional<App> find(UUID appId) {
        return repository.find(appId).map(StoredApp::app);
    }

    /** The app whose OAuth2 client_id is {@code clientId}. */
    public Optional<App> findByClientId(String clientId) {
        return repository.findByClientId(clientId).map(StoredApp::app);
    }

    /**
     * The clients bound to {@code venue}: its staff scanners, revoked ones included (their past
     * reads stay theirs), oldest first.
     */
    public List<App> boundTo(VenueCode venue) {
        return repository.findByVenue(venue);
    }

    /** @throws AppNotFoundException when no app has this id */
    public App require(UUID appId) {
        return find(appId).orElseThrow(() -> new AppNotFoundException(appId));
    }

    /** The certified apps, by name, without operator clients (scope admin): the public list. */
    public List<App> certified() {
        return repository.findCertifiedApps();
    }

    /** {@link #certified}, from the read replica when there is one: for showing the public list only. */
    public List<App> certifiedForDisplay() {
        return repository.findCertifiedAppsForDisplay();
    }

    /** Apps for operators (not venues' staff scanners), newest first, at most limit, of this status or any (null). */
    public List<App> list(AppStatus status, int limit) {
        return repository.findApps(status, limit);
    }

    /**
     * Gives the app this status; its tokens follow from their next call on, on every instance
     * ({@link AppStatusCache#CHANNEL}; within {@link ClientsProperties#statusCacheTimeToLive()} should
     * the notification be lost). The same status
     * again changes nothing.
     *
     * @throws AppNotFoundException when no app has this id
     * @throws AppRevokedException when the app is revoked
     */
    public App changeStatus(UUID appId, AppStatus status) {
        String by = callerClientId();
        StoredApp before = transactions.execute(tx -> {
            StoredApp app = repository.findForUpdate(appId).orElseThrow(() -> new AppNotFoundException(appId));
            if (app.app().status() == AppStatus.REVOKED && status != AppStatus.REVOKED) {
                throw new AppRevokedException(appId);
            }
            if (app.app().status() != status) {
                repository.setStatus(appId, status);
                events.publish(new AppStatusChanged(appId, app.app().clientId(), app.app().status(), status, by,
                        Instant.now()));
                notifications.notify(AppStatusCache.CHANNEL, app.app().clientId());
            }
            return app;
        });
        statusCache.evict(before.app().clientId());
        App after = require(appId);
        AppStatus from = before.app().status();
        if (from != status) {
            LOG.info("App {} ({}) changed from {} to {} by {}", after.clientId(), after.name(), from, status, by);
        }
        return after;
    }

    private static String callerClientId() {
        return CallingClient.current().map(CallingClient::clientId).orElse(null);
    }
}
