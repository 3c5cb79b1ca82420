package vn.qrqg.codec.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrqg.codec.ScanOutcome;

/** Checks our signatures, keys and DER conversion against OpenSSL, when it is installed. */
class OpenSslCrossCheckTest {
    private static final String UNSIGNED = "******029317|NGUYEN LE KHA HAN|1987-**-**|0|162979388586171103|<1<<<";

    @TempDir
    Path dir;

    @BeforeAll
    static void requireOpenSsl() {
        assumeThat(runs("openssl", "version")).as("openssl on PATH").isTrue();
    }

    @Test
    void verifiesWhatOpenSslSigned() throws Exception {
        Path message = Files.writeString(dir.resolve("message.txt"), UNSIGNED, StandardCharsets.UTF_8);
        openssl("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "sec1.pem");
        openssl("pkcs8", "-topk8", "-nocrypt", "-in", "sec1.pem", "-out", "private.pem");
        openssl("pkey", "-in", "private.pem", "-pubout", "-out", "public.pem");
        openssl("dgst", "-sha256", "-sign", "private.pem", "-out", "signature.der", message.toString());

        InMemorySigner keys = InMemorySigner.fromPem(read("private.pem"), read("public.pem"));
        byte[] raw = EcdsaDer.toRaw(Files.readAllBytes(dir.resolve("signature.der")));
        TrustList trustList = TrustList.of(List.of(new TrustedKey(keys.keyId(), keys.publicKey(), KeyStatus.ACTIVE)));

        ChuKy chuKy = ChuKy.of(keys.keyId(), raw);
        assertThat(SignatureVerifier.verify(chuKy, UNSIGNED.getBytes(StandardCharsets.UTF_8), trustList))
                .isEqualTo(ScanOutcome.VALID);
        assertThat(EcdsaP256.jdk().verify(EcdsaP256.jdk().publicKey(keys.publicKey()),
                UNSIGNED.getBytes(StandardCharsets.UTF_8), raw)).isTrue();
    }

    @Test
    void openSslVerifiesWhatWeSigned() throws Exception {
        InMemorySigner signer = InMemorySigner.generate();
        Files.writeString(dir.resolve("public.pem"), signer.publicKeyPem());
        Path message = Files.writeString(dir.resolve("message.txt"), UNSIGNED, StandardCharsets.UTF_8);
        ChuKy chuKy = ChuKy.parse(SignatureVerifier.sign(signer, UNSIGNED));
        Files.write(dir.resolve("signature.der"), EcdsaDer.toDer(chuKy.signature()));

        String out = openssl("dgst", "-sha256", "-verify", "public.pem", "-signature", "signature.der", message.toString());

        assertThat(out).contains("Verified OK");
    }

    @Test
    void openSslComputesTheSameKid() throws Exception {
        InMemorySigner signer = InMemorySigner.generate();
        Files.writeString(dir.resolve("public.pem"), signer.publicKeyPem());
        openssl("pkey", "-pubin", "-in", "public.pem", "-outform", "DER", "-out", "public.der");
        openssl("dgst", "-sha256", "-binary", "-out", "hash.bin", "public.der");

        byte[] hash = Files.readAllBytes(dir.resolve("hash.bin"));
        String kid = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 6));

        assertThat(signer.keyId()).isEqualTo(kid);
    }

    private String read(String file) throws IOException {
        return Files.readString(dir.resolve(file));
    }

    /** Runs openssl in the temp dir; its output, or a failed assertion with the output when it fails. */
    private String openssl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Path log = dir.resolve("openssl-output.txt"); // a file, not a pipe: a full pipe would block openssl
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        boolean done = process.waitFor(30, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(done).as("openssl %s finished in time", command).isTrue();
        assertThat(process.exitValue()).as("openssl %s: %s", command, output).isZero();
        return output;
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
