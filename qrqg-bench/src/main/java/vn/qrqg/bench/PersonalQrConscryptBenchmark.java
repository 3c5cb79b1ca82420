package vn.qrqg.bench;

import org.openjdk.jmh.annotations.Fork;

/**
 * {@link PersonalQrBenchmark} with the codec's default provider, Conscrypt (BoringSSL).
 * Setup fails if Conscrypt did not load, rather than measure the fallback under this name.
 */
// JDK 22+ warns when native code loads without --enable-native-access; the fork gets it even when run without bin/bench
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Dqrqg.crypto.provider=auto"})
public class PersonalQrConscryptBenchmark extends PersonalQrBenchmark {

    @Override
    protected String expectedProvider() {
        return "Conscrypt";
    }
}
