package vn.qrqg.codec.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.qrqg.codec.signature.InMemorySigner;
import vn.qrqg.codec.signature.KeyStatus;
import vn.qrqg.codec.signature.TrustList;
import vn.qrqg.codec.signature.TrustedKey;

/**
 * Writes the shared test vectors under {@code src/test/resources/vectors}. Signatures are
 * randomised, so this runs only on demand:
 * {@code ./mvnw -pl qrqg-codec test -Dtest=VectorGenerator -Dqrqg.vectors.regenerate=true}.
 * The expected answers are written by hand in the case lists, never copied from the codec;
 * every case is checked against the codec before anything is written.
 */
class VectorGenerator {

    static final Path DIRECTORY = Path.of("src/test/resources/vectors");

    @Test
    @EnabledIfSystemProperty(named = "qrqg.vectors.regenerate", matches = "true")
    void regenerate() throws Exception {
        Keys keys = new Keys(InMemorySigner.generate(), InMemorySigner.generate(), InMemorySigner.generate(),
                InMemorySigner.generate());
        Files.createDirectories(DIRECTORY.resolve("trust-lists"));
        Files.writeString(DIRECTORY.resolve("trust-lists/main.json"), TrustList.of(List.of(
                new TrustedKey(keys.active().keyId(), keys.active().publicKey(), KeyStatus.ACTIVE),
                new TrustedKey(keys.retired().keyId(), keys.retired().publicKey(), KeyStatus.RETIRED),
                new TrustedKey(keys.revoked().keyId(), keys.revoked().publicKey(), KeyStatus.REVOKED))).toJwks());
        Files.writeString(DIRECTORY.resolve("trust-lists/empty.json"), TrustList.empty().toJwks());

        VectorRunner runner = new VectorRunner(DIRECTORY);
        write("personal-valid", "Well-formed personal QRs v1.1 that verify.", PersonalCases.valid(keys), runner);
        write("signatures", "Personal QRs whose signature must not verify.", PersonalCases.signatures(keys), runner);
        write("personal-malformed", "Personal QRs a reader must reject, naming field, problem and position.",
                MalformedCases.all(keys), runner);
        write("masking", "The masking rules of the masked display form.", OtherCases.masking(), runner);
        write("documents", "Identity document numbers: CCCD, CMND, passport.", OtherCases.documents(), runner);
        write("venues", "Venue codes and venue URLs.", OtherCases.venues(), runner);
        write("cccd-cards", "QRs printed on chip-based citizen ID cards.", OtherCases.cccdCards(), runner);
        write("unsupported", "Texts that are none of the formats the platform reads.", OtherCases.unsupported(), runner);
        regenerateRevocations();
    }

    /**
     * Only the revocation vectors, with a key of their own, leaving the others as they are:
     * {@code -Dtest=VectorGenerator -Dqrqg.vectors.regenerate-revocations=true}.
     */
    @Test
    @EnabledIfSystemProperty(named = "qrqg.vectors.regenerate-revocations", matches = "true")
    void regenerateRevocations() throws Exception {
        RevocationCases revocations = new RevocationCases(InMemorySigner.generate());
        String kid = revocations.key.keyId();
        Files.createDirectories(DIRECTORY.resolve("revocation-lists"));
        Files.writeString(DIRECTORY.resolve("trust-lists/" + RevocationCases.TRUST_LIST + ".json"), TrustList.of(List.of(
                new TrustedKey(kid, revocations.key.publicKey(), KeyStatus.ACTIVE))).withCrlVersion(kid, 3).toJwks());
        JSON pretty = JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT);
        Files.writeString(DIRECTORY.resolve(RevocationCases.WHOLE), pretty.asString(revocations.whole()) + "\n");
        Files.writeString(DIRECTORY.resolve(RevocationCases.DELTA), pretty.asString(revocations.delta()) + "\n");
        write("revocations", "Per-key revocation lists: revoked and superseded QRs offline, deltas, re-encoded signatures.",
                revocations.all(), new VectorRunner(DIRECTORY));
    }

    private static void write(String name, String description, List<VectorCase> cases, VectorRunner runner) throws Exception {
        for (VectorCase c : cases) {
            assertThat(runner.run(c.json)).as(c.id() + ": " + c.json.get("description")).isEqualTo(c.expected);
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", "qrqg-test-vectors/1");
        file.put("description", description);
        file.put("cases", cases.stream().map(VectorCase::toJson).toList());
        Files.writeString(DIRECTORY.resolve(name + ".json"),
                JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(file) + "\n");
    }

    /** active, retired and revoked are in trust-lists/main.json; unknown is in no list. */
    record Keys(InMemorySigner active, InMemorySigner retired, InMemorySigner revoked, InMemorySigner unknown) {
    }
}
