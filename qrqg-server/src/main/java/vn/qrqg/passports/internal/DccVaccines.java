package vn.qrqg.passports.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the EU DCC says of each vaccine product the national vaccination system reports, beside its
 * product code ({@code mp}): the vaccine or prophylaxis ({@code vp}) and the marketing authorisation
 * holder or manufacturer ({@code ma}), by their EU value-set codes, as data in
 * {@value #RESOURCE}. Loaded once; fails the start-up when the file is malformed.
 */
final class DccVaccines {
    static final String RESOURCE = "/passports/dcc-vaccines.csv";

    /** The two codes beside a product's. */
    record Codes(String vaccine, String manufacturer) {
    }

    private static final Map<String, Codes> BY_PRODUCT = load();

    private DccVaccines() {
    }

    static Optional<Codes> of(String product) {
        return Optional.ofNullable(product == null ? null : BY_PRODUCT.get(product));
    }

    static Map<String, Codes> all() {
        return BY_PRODUCT;
    }

    private static Map<String, Codes> load() {
        Map<String, Codes> codes = new LinkedHashMap<>();
        try (InputStream stream = DccVaccines.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            lines.readLine(); // header
            int number = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != 3 || fields[0].isBlank() || fields[1].isBlank() || fields[2].isBlank()) {
                    throw new IllegalStateException(RESOURCE + " line " + number
                            + " is not product,vaccine_prophylaxis,manufacturer");
                }
                codes.put(fields[0], new Codes(fields[1], fields[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(codes);
    }
}
