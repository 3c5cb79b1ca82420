package vn.qrqg.clients.internal;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.qrqg.clients.AppRegistered;
import vn.qrqg.clients.AppStatus;
import vn.qrqg.clients.Scopes;
import vn.qrqg.platform.events.EventOutbox;

/**
 * The operator client {@code admin} (scope admin, certified), made on the first start, without
 * a default secret: its secret is {@code QRQG_BOOTSTRAP_ADMIN_SECRET}, or else one generated
 * and printed once. With the variable set, every start resets the secret to it, so operators
 * who lost the secret set the variable and restart.
 */
class AdminBootstrap {
    static final String CLIENT_ID = "admin";
    static final String VARIABLE = "QRQG_BOOTSTRAP_ADMIN_SECRET";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    /** What a start did to the admin client. */
    enum Outcome { CREATED_WITH_CONFIGURED_SECRET, CREATED_WITH_PRINTED_SECRET, SECRET_RESET, UNCHANGED }

    private final AppRepository apps;
    private final PasswordEncoder passwordEncoder;
    private final EventOutbox events;
    private final PrintStream console;

    /** @param console where a generated secret is shown: System.out, deliberately not the log (see {@link #print}) */
    AdminBootstrap(AppRepository apps, PasswordEncoder passwordEncoder, EventOutbox events,
            PrintStream console) {
        this.apps = apps;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.console = console;
    }

    /**
     * Makes sure the admin client exists, with the configured secret if there is one.
     *
     * @throws IllegalArgumentException when the configured secret is shorter than 32 characters
     */
    Outcome run(String configuredSecret) {
        boolean configured = configuredSecret != null && !configuredSecret.isBlank();
        if (configured && configuredSecret.length() < ClientSecrets.MIN_CONFIGURED_LENGTH) {
            throw new IllegalArgumentException(VARIABLE + " must have at least " + ClientSecrets.MIN_CONFIGURED_LENGTH
                    + " characters, e.g. from: openssl rand -base64 32");
        }
        var existing = apps.findByClientId(CLIENT_ID);
        if (existing.isPresent()) {
            if (configured && !passwordEncoder.matches(configuredSecret, existing.get().clientSecretHash())) {
                apps.updateSecretHash(CLIENT_ID, passwordEncoder.encode(configuredSecret));
                LOG.warn("The secret of the operator client '{}' was reset to the one in {}", CLIENT_ID, VARIABLE);
                return Outcome.SECRET_RESET;
            }
            return Outcome.UNCHANGED;
        }
        String secret = configured ? configuredSecret : ClientSecrets.newSecret();
        UUID appId = UUID.randomUUID();
        List<String> scopes = List.of(Scopes.ADMIN);
        if (!apps.insert(appId, "Platform operator", "QRQG", CLIENT_ID, passwordEncoder.encode(secret), scopes,
                AppStatus.CERTIFIED)) {
            return Outcome.UNCHANGED; // another instance, starting at the same time, made it first
        }
        // not in the insert's transaction: a start cut short between the two leaves the operator
        // client without its admin action, which only this first start could have written
        events.publish(new AppRegistered(appId, CLIENT_ID, "Platform operator", "QRQG", scopes, AppStatus.CERTIFIED,
                null, Instant.now()));
        if (configured) {
            LOG.info("Created the operator client '{}' with the secret in {}", CLIENT_ID, VARIABLE);
            return Outcome.CREATED_WITH_CONFIGURED_SECRET;
        }
        print(secret);
        LOG.warn("Created the operator client '{}' with a generated secret, printed once on the console (not in "
                + "this log); set {} and restart to replace it", CLIENT_ID, VARIABLE);
        return Outcome.CREATED_WITH_PRINTED_SECRET;
    }

    /**
     * Straight to the console, not through the logger: log files are shipped, kept and read by
     * more people than the operator starting the platform, and the secret must not land there.
     * Printed once: later starts find the admin and print nothing.
     */
    private void print(String secret) {
        console.println();
        console.println("=".repeat(78));
        console.println(" QRQG operator client created. This secret is shown ONCE and stored only hashed:");
        console.println();
        console.println("   client_id:     " + CLIENT_ID);
        console.println("   client_secret: " + secret);
        console.println();
        console.println(" Get a token: curl -u " + CLIENT_ID + ":<secret> -d grant_type=client_credentials \\");
        console.println("                   -d scope=admin http://<host>:<port>/oauth2/token");
        console.println(" Lost it? Set " + VARIABLE + " and restart: the secret is reset to it.");
        console.println("=".repeat(78));
        console.println();
        console.flush();
    }
}
