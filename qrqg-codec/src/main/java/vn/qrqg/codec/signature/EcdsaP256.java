package vn.qrqg.codec.signature;

import java.lang.System.Logger.Level;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.util.Optional;

/**
 * ECDSA P-256 / SHA-256 for the whole codec, through the fastest provider that loads.
 *
 * <p>Conscrypt (BoringSSL, native code shipped inside its jar) verifies several times faster
 * than the JDK's pure-Java SunEC, which matters to scanners checking thousands of QRs a second.
 * When Conscrypt cannot load (an unsupported platform, a temp directory that forbids executing
 * native code) the JDK provider takes over and one warning says so. The system property
 * {@code qrqg.crypto.provider=jdk} chooses the JDK provider deliberately, without a warning.
 * The choice is made once, on first use.
 */
public final class EcdsaP256 {
    /** System property: {@code jdk} forces the JDK's provider; absent or {@code auto} prefers Conscrypt. */
    static final String PROVIDER_PROPERTY = "qrqg.crypto.provider";

    private EcdsaP256() {
    }

    /** The provider in use, e.g. {@code Conscrypt 2.9.0 (BoringSSL)} or {@code SunEC (JDK 25)}. */
    public static String providerName() {
        return active().name();
    }

    static EcdsaBackend active() {
        return Active.BACKEND;
    }

    static EcdsaBackend jdk() {
        return Jdk.BACKEND;
    }

    /** Conscrypt when it loads on this machine. */
    static Optional<EcdsaBackend> conscrypt() {
        return Optional.ofNullable(Native.BACKEND);
    }

    /**
     * The active provider's own form of {@code key}: convert once, verify many times. Public, with
     * {@link #verify} and {@link #sign}, so that other QRQG formats (qrqg-dcc's ES256) share the
     * provider choice and its pooled {@code Signature} objects instead of choosing again.
     */
    public static PublicKey nativePublicKey(ECPublicKey key) {
        return active().publicKey(key);
    }

    /** The active provider's own form of {@code key}. */
    public static PrivateKey nativePrivateKey(PrivateKey key) {
        return active().privateKey(key);
    }

    /** The 64-byte raw {@code r‖s} signature of {@code message}. */
    public static byte[] sign(PrivateKey nativeKey, byte[] message) {
        return active().sign(nativeKey, message);
    }

    /** Whether {@code rawSignature} verifies; false, never an exception, for a malformed one. */
    public static boolean verify(PublicKey nativeKey, byte[] message, byte[] rawSignature) {
        return active().verify(nativeKey, message, rawSignature);
    }

    private static final class Jdk {
        static final EcdsaBackend BACKEND = EcdsaBackend.jdk();
    }

    /** Loaded only when asked for, so that forcing the JDK never touches native code. */
    private static final class Native {
        static final EcdsaBackend BACKEND;
        static final Throwable FAILURE;

        static {
            EcdsaBackend backend = null;
            Throwable failure = null;
            try {
                backend = ConscryptBackend.create();
            } catch (Throwable t) { // UnsatisfiedLinkError, NoClassDefFoundError, a failed self-test: all mean "use the JDK"
                failure = t;
            }
            BACKEND = backend;
            FAILURE = failure;
        }
    }

    private static final class Active {
        static final EcdsaBackend BACKEND = choose();

        private static EcdsaBackend choose() {
            System.Logger log = System.getLogger(EcdsaP256.class.getName());
            String wanted = System.getProperty(PROVIDER_PROPERTY, "auto").trim();
            if (wanted.equalsIgnoreCase("jdk")) {
                log.log(Level.INFO, "ECDSA P-256 uses {0}, as -D{1}=jdk asks", Jdk.BACKEND.name(), PROVIDER_PROPERTY);
                return Jdk.BACKEND;
            }
            if (!wanted.equalsIgnoreCase("auto") && !wanted.equalsIgnoreCase("conscrypt")) {
                log.log(Level.WARNING, "ignoring -D{0}={1}: the values are jdk, conscrypt and auto", PROVIDER_PROPERTY, wanted);
            }
            if (Native.BACKEND != null) {
                return Native.BACKEND;
            }
            log.log(Level.WARNING, "ECDSA P-256 falls back to the JDK''s pure-Java provider {0}, several times slower"
                    + " than Conscrypt (BoringSSL), because Conscrypt could not load: {1}. Conscrypt ships native code"
                    + " for Linux, macOS and Windows on x86-64 and aarch64 and unpacks it into java.io.tmpdir, which"
                    + " must allow executing it. Set -D{2}=jdk to choose the JDK provider deliberately.",
                    Jdk.BACKEND.name(), String.valueOf(Native.FAILURE), PROVIDER_PROPERTY);
            return Jdk.BACKEND;
        }
    }
}
