package vn.qrqg.codec.signature;

import java.util.ArrayList;
import java.util.List;

/** The providers that work on this machine: always the JDK, and Conscrypt where it loads. */
final class TestBackends {
    private TestBackends() {
    }

    static List<EcdsaBackend> all() {
        List<EcdsaBackend> backends = new ArrayList<>();
        backends.add(EcdsaP256.jdk());
        EcdsaP256.conscrypt().ifPresent(backends::add);
        return backends;
    }
}
