package vn.qrqg.declarations.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.qrqg.identity.AdministrativeAreas;

/** Two provinces of the real structure and a few of their communes, for the forms' unit tests. */
final class TestAreas implements AdministrativeAreas {
    private static final Map<String, Set<String>> COMMUNES = Map.of("01", Set.of("00004", "00008"),
            "79", Set.of("26740", "26743"));

    @Override
    public Optional<Province> province(String code) {
        return COMMUNES.containsKey(code) ? Optional.of(new Province(code, "Tỉnh " + code)) : Optional.empty();
    }

    @Override
    public Optional<Commune> commune(String code) {
        return COMMUNES.entrySet().stream().filter(province -> province.getValue().contains(code)).findFirst()
                .map(province -> new Commune(code, "Xã " + code, province.getKey()));
    }

    @Override
    public Optional<Province> successorOf(String pre2025ProvinceCode) {
        return Optional.empty(); // the forms never ask
    }

    @Override
    public List<Province> provinces() {
        return COMMUNES.keySet().stream().sorted().map(code -> province(code).orElseThrow()).toList();
    }

    @Override
    public List<Commune> communesOf(String provinceCode) {
        return COMMUNES.getOrDefault(provinceCode, Set.of()).stream().sorted()
                .map(code -> commune(code).orElseThrow()).toList();
    }
}
