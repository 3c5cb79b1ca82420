package vn.qrqg.dcc;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The EU DCC JSON schema 1.3.0 ({@code DCC.combined-schema.json} of ehn-dcc-development/eu-dcc-schema,
 * Apache-2.0), shipped as a resource and compiled once. Validation is networknt's draft 2020-12
 * validator; the schema's {@code valueset-uri} keyword is an annotation, so codes outside the
 * value sets pass, as the specification intends (value sets change faster than certificates expire).
 */
final class HcertSchema {
    static final String VERSION = "1.3.0";
    private static final String RESOURCE = "DCC.combined-schema.json";
    private static final int REPORTED = 3;

    private HcertSchema() {
    }

    /** Null when {@code payload} conforms; otherwise the first few violations in one line. */
    static String check(JsonNode payload) {
        List<Error> errors = Holder.SCHEMA.validate(payload);
        if (errors.isEmpty()) {
            return null;
        }
        String shown = errors.stream().limit(REPORTED).map(Error::toString).collect(Collectors.joining("; "));
        return "the payload violates the EU DCC schema " + VERSION + ": " + shown
                + (errors.size() > REPORTED ? " (and " + (errors.size() - REPORTED) + " more)" : "");
    }

    /** Compiled on first use, so that decoding alone never pays for it. */
    private static final class Holder {
        static final Schema SCHEMA = load();

        private static Schema load() {
            try (InputStream in = HcertSchema.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the qrqg-dcc jar");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                // draft 2020-12 makes "format" an annotation by default; the hcert schema means its
                // date and date-time formats as checks (a vaccination on 2021-02-30 is no certificate)
                SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
                SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                        builder -> builder.schemaRegistryConfig(config));
                return registry.getSchema(text, InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
