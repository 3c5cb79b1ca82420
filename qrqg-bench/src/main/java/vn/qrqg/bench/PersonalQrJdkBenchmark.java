package vn.qrqg.bench;

import org.openjdk.jmh.annotations.Fork;

/**
 * {@link PersonalQrBenchmark} with the pure-Java fallback, the JDK's SunEC: what scanners get
 * where Conscrypt's native code cannot load.
 */
@Fork(value = 1, jvmArgsAppend = "-Dqrqg.crypto.provider=jdk")
public class PersonalQrJdkBenchmark extends PersonalQrBenchmark {

    @Override
    protected String expectedProvider() {
        return "SunEC";
    }
}
