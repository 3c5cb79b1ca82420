package vn.qrqg.dcc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the published DCC test vectors under {@code src/test/resources/vectors}: {@code dcc.json}
 * (the cases), {@code dcc-trust-list.json} (the EU gateway's format) and {@code dcc-signers/*.pem}
 * (the same DSCs for {@code --dsc}). Keys are fresh each time and never written, so this runs only
 * on demand: {@code ./mvnw -pl qrqg-dcc test -Dtest=DccVectorGenerator -Dqrqg.vectors.regenerate=true}.
 */
class DccVectorGenerator {
    static final Path DIRECTORY = Path.of("src/test/resources/vectors");

    @Test
    @EnabledIfSystemProperty(named = "qrqg.vectors.regenerate", matches = "true")
    void regenerate() throws Exception {
        DccVectorCases cases = new DccVectorCases();
        List<Map<String, Object>> trustList = new ArrayList<>();
        Files.createDirectories(DIRECTORY.resolve("dcc-signers"));
        for (var signer : cases.trusted().entrySet()) {
            byte[] der = signer.getValue().certificate().getEncoded();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kid", Base64.getEncoder().encodeToString(signer.getValue().kid()));
            entry.put("country", "VN");
            entry.put("certificateType", "DSC");
            entry.put("thumbprint", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der)));
            entry.put("timestamp", TestSigners.NOT_BEFORE.toString());
            entry.put("rawData", Base64.getEncoder().encodeToString(der));
            trustList.add(entry);
            Files.writeString(DIRECTORY.resolve("dcc-signers/" + signer.getKey() + ".pem"),
                    TestSigners.pem(signer.getValue().certificate()));
        }
        ObjectWriter pretty = Cbor.JSON.writerWithDefaultPrettyPrinter();
        String trustListJson = pretty.writeValueAsString(trustList) + "\n";
        List<Map<String, Object>> all = cases.all();
        DccVerifier verifier = new DccVerifier(SignerCertificates.fromTrustList(trustListJson));
        for (Map<String, Object> vector : all) {
            DccResult result = verifier.verify((String) vector.get("text"), Fixtures.NOW);
            assertThat(DccVectorsTest.actual(result)).as(vector.get("id") + ": " + result.reason()).isEqualTo(vector.get("expected"));
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", "qrqg-dcc-test-vectors/1");
        file.put("description", "EU DCC (HC1:) texts with the step outcomes `bin/qrqg dcc verify --json` prints for them, "
                + "verified against dcc-trust-list.json (the same certificates as dcc-signers/*.pem) at `at`.");
        file.put("at", Fixtures.NOW.toString());
        file.put("trustList", "dcc-trust-list.json");
        file.put("cases", all);
        Files.writeString(DIRECTORY.resolve("dcc-trust-list.json"), trustListJson);
        Files.writeString(DIRECTORY.resolve("dcc.json"), pretty.writeValueAsString(file) + "\n");
    }
}
