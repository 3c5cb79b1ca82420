package vn.qrqg.health.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The value set of vaccine products a vaccination may name: the COVID-19 vaccines used in
 * Vietnam by their EU Digital COVID Certificate codes, as data in {@code health/vaccine-products.csv}
 * (see SOURCES.md there). Loaded once; fails the start-up when the file is malformed.
 */
final class VaccineProducts {
    static final String RESOURCE = "/health/vaccine-products.csv";

    /** One product of the value set. */
    record Product(String code, String name, String manufacturer, boolean singleDose) {
    }

    private final Map<String, Product> byCode;
    private final List<String> codes;

    private VaccineProducts(Map<String, Product> byCode) {
        this.byCode = Map.copyOf(byCode);
        this.codes = List.copyOf(byCode.keySet());
    }

    static VaccineProducts load() {
        Map<String, Product> products = new LinkedHashMap<>();
        try (InputStream stream = VaccineProducts.class.getResourceAsStream(RESOURCE)) {
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
                // no field holds a comma but the manufacturer, the third of four
                String[] head = line.split(",", 3);
                int last = head.length == 3 ? head[2].lastIndexOf(',') : -1;
                if (last < 0 || !List.of("true", "false").contains(head[2].substring(last + 1))) {
                    throw new IllegalStateException(RESOURCE + " line " + number + " is not code,name,manufacturer,single_dose");
                }
                products.put(head[0], new Product(head[0], head[1], head[2].substring(0, last),
                        Boolean.parseBoolean(head[2].substring(last + 1))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new VaccineProducts(products);
    }

    Optional<Product> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    boolean isSingleDose(String code) {
        return find(code).map(Product::singleDose).orElse(false);
    }

    /** The codes, in the file's order, for error messages. */
    List<String> codes() {
        return codes;
    }
}
