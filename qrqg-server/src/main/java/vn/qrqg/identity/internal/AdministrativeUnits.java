package vn.qrqg.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.qrqg.platform.csv.CsvReader;

/**
 * Vietnam's administrative units as shipped in {@code identity/vn-admin} (see SOURCES.md there):
 * the 34 provinces and 3,321 communes of the current structure, and the 63 pre-2025 provinces
 * that CCCD numbers name as province of birth. Codes are strings.
 */
final class AdministrativeUnits {
    private static final String UNITS = "/identity/vn-admin/units_2026-07-25_flat.csv";
    private static final String PROVINCES_OF_BIRTH = "/identity/vn-admin/provinces_of_birth.csv";

    /** A province of the current structure. */
    record Province(String code, String fullName) {
    }

    /** A commune, ward or special zone ({@code type}: Phường, Xã, Đặc khu) of the current structure. */
    record Commune(String code, String fullName, String type, Province province) {
    }

    /** A pre-2025 province, the current one it was merged into, and its population (thousands, 2019). */
    record ProvinceOfBirth(String code, String name, String newCode, int population) {
    }

    private final Map<String, Province> provinces;
    private final Map<String, Commune> communes;
    private final Map<String, List<Commune>> communesByProvince;
    private final List<ProvinceOfBirth> provincesOfBirth;

    private AdministrativeUnits(Map<String, Province> provinces, Map<String, Commune> communes,
            List<ProvinceOfBirth> provincesOfBirth) {
        this.provinces = Map.copyOf(provinces);
        this.communes = Map.copyOf(communes);
        Map<String, List<Commune>> byProvince = new LinkedHashMap<>();
        communes.values().forEach(c -> byProvince.computeIfAbsent(c.province().code(), k -> new ArrayList<>()).add(c));
        byProvince.replaceAll((code, list) -> List.copyOf(list));
        this.communesByProvince = Map.copyOf(byProvince);
        this.provincesOfBirth = List.copyOf(provincesOfBirth);
    }

    /** The shipped data; fails loudly when a resource is missing or inconsistent. */
    static AdministrativeUnits load() {
        Map<String, Province> provinces = new LinkedHashMap<>();
        Map<String, String[]> communeRows = new LinkedHashMap<>();
        read(UNITS, 7, row -> {
            if (row.get(5).equals("1")) {
                provinces.put(row.get(0), new Province(row.get(0), row.get(2)));
            } else {
                communeRows.put(row.get(0), new String[] {row.get(2), row.get(4), row.get(6)});
            }
        });
        Map<String, Commune> communes = new LinkedHashMap<>();
        communeRows.forEach((code, row) -> communes.put(code, new Commune(code, row[0], row[1], require(provinces, row[2]))));
        List<ProvinceOfBirth> ofBirth = new ArrayList<>();
        read(PROVINCES_OF_BIRTH, 4, row -> ofBirth.add(new ProvinceOfBirth(row.get(0), row.get(1),
                require(provinces, row.get(2)).code(), Integer.parseInt(row.get(3)))));
        return new AdministrativeUnits(provinces, communes, ofBirth);
    }

    boolean isCommune(String code) {
        return communes.containsKey(code);
    }

    Commune commune(String code) {
        return communes.get(code);
    }

    Province province(String code) {
        return provinces.get(code);
    }

    /** The provinces of the current structure, in no particular order. */
    Collection<Province> provinces() {
        return provinces.values();
    }

    /** The communes of a current province, in the order of the source file. */
    List<Commune> communesOf(String provinceCode) {
        return communesByProvince.getOrDefault(provinceCode, List.of());
    }

    List<ProvinceOfBirth> provincesOfBirth() {
        return provincesOfBirth;
    }

    int communeCount() {
        return communes.size();
    }

    int provinceCount() {
        return provinces.size();
    }

    private static Province require(Map<String, Province> provinces, String code) {
        Province province = provinces.get(code);
        if (province == null) {
            throw new IllegalStateException("identity/vn-admin: no province " + code);
        }
        return province;
    }

    private static void read(String resource, int columns, Consumer<List<String>> rows) {
        try (InputStream stream = AdministrativeUnits.class.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            CsvReader csv = new CsvReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            csv.next(); // header
            for (CsvReader.Record record = csv.next(); record != null; record = csv.next()) {
                if (record.isMalformed() || record.fields().size() != columns) {
                    throw new IllegalStateException(resource + " line " + record.line() + " is malformed");
                }
                rows.accept(record.fields());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
