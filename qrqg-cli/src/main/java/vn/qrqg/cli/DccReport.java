package vn.qrqg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import vn.qrqg.dcc.DccCertificate;
import vn.qrqg.dcc.DccResult;
import vn.qrqg.dcc.DccValueSets;
import vn.qrqg.dcc.Step;
import vn.qrqg.dcc.StepOutcome;

/**
 * What {@code dcc verify} prints. {@code --json}: one object whose {@code outcome}, {@code steps}
 * (the nine step names, each PASSED, FAILED or NOT_RUN) and {@code payload} are the contract other
 * teams script against; {@code reason}, {@code header} and {@code claims} are extra. Without it, a
 * report for a person: the outcome, the steps, then the certificate with the value sets' names.
 */
final class DccReport {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private DccReport() {
    }

    static void print(PrintWriter out, DccResult result, boolean json) {
        if (json) {
            out.println(toJson(result).toPrettyString());
        } else {
            readable(out, result);
        }
        out.flush();
    }

    static ObjectNode toJson(DccResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("outcome", result.valid() ? "VALID" : "INVALID");
        ObjectNode steps = root.putObject("steps");
        result.steps().forEach((step, outcome) -> steps.put(step.jsonName(), outcome.name()));
        if (result.failedStep() != null) {
            root.put("reason", result.reason());
        }
        DccCertificate certificate = result.certificate();
        if (certificate == null) {
            root.putNull("payload");
            return root;
        }
        root.set("payload", certificate.payload());
        root.putObject("header").put("alg", certificate.header().algorithm()).put("kid", certificate.header().kidBase64())
                .put("kidProtected", certificate.header().kidProtected());
        root.putObject("claims").put("iss", certificate.claims().issuer())
                .put("iat", certificate.claims().issuedAt().toString()).put("exp", certificate.claims().expiresAt().toString());
        return root;
    }

    private static void readable(PrintWriter out, DccResult result) {
        out.println(result.valid() ? "VALID" : "INVALID");
        for (Map.Entry<Step, StepOutcome> step : result.steps().entrySet()) {
            String line = String.format("  %-10s %s", step.getKey().jsonName(), step.getValue());
            out.println(step.getKey() == result.failedStep() ? line + "  " + result.reason() : line);
        }
        DccCertificate certificate = result.certificate();
        if (certificate == null) {
            return;
        }
        line(out, "type", certificate.type() == null ? "none" : certificate.type().name().toLowerCase(java.util.Locale.ROOT));
        line(out, "key id", certificate.header().kidBase64() + " (" + certificate.header().algorithm() + ", "
                + (certificate.header().kidProtected() ? "protected" : "unprotected") + " header)");
        line(out, "issuer", certificate.claims().issuer() == null ? "(none)" : certificate.claims().issuer());
        line(out, "issued", certificate.claims().issuedAt().toString());
        line(out, "expires", certificate.claims().expiresAt().toString());
        if (result.signer() != null) {
            line(out, "signer", result.signer().getSubjectX500Principal().toString());
        }
        JsonNode payload = certificate.payload();
        JsonNode name = payload.path("nam");
        line(out, "name", (name.path("fn").asText("") + " " + name.path("gn").asText("")).strip()
                + " (" + name.path("fnt").asText("") + "<<" + name.path("gnt").asText("") + ")");
        line(out, "born", payload.path("dob").asText());
        certificate.entry().properties().forEach(field -> {
            String code = field.getValue().asText();
            String display = certificate.type() == null ? null : DccValueSets.setOf(certificate.type(), field.getKey())
                    .flatMap(set -> DccValueSets.display(set, code)).orElse(null);
            line(out, field.getKey(), display == null ? code : code + " (" + display + ")");
        });
    }

    private static void line(PrintWriter out, String label, String value) {
        out.println(String.format("%-8s %s", label + ":", value));
    }
}
