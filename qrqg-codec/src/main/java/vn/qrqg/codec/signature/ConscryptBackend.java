package vn.qrqg.codec.signature;

import org.conscrypt.Conscrypt;

/**
 * The only class that touches Conscrypt, so that a missing jar or native library fails here,
 * inside the caller's catch, and never while loading the classes the JDK fallback needs.
 */
final class ConscryptBackend {
    private ConscryptBackend() {
    }

    /** Conscrypt (BoringSSL) after a sign/verify self-test; throws, possibly an {@link Error}, when it cannot load. */
    static EcdsaBackend create() {
        Conscrypt.checkAvailability(); // throws the loader's own error, which says why
        Conscrypt.Version version = Conscrypt.version();
        String label = version == null
                ? "Conscrypt"
                : "Conscrypt " + version.major() + "." + version.minor() + "." + version.patch();
        // A provider of our own, not added to Security: the application's provider list stays as it was.
        EcdsaBackend backend = new EcdsaBackend(label + " (BoringSSL)", Conscrypt.newProvider(), "SHA256withECDSA", true);
        backend.selfTest();
        return backend;
    }
}
