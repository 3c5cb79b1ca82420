package vn.qrqg.declarations.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.qrqg.identity.AdministrativeAreas;

/** Two provinces of the real structure and a few of their communes, for the forms' unit tests. */
final class TestAreas implements AdministrativeAreas {
    private static final Map<String, Set<String>> COMMUNES = Map.of("01", Set.of("00004", "00008"),
            "79", Set.of("26740", "26743"));

    @Override
    public boolean isProvince(String code) {
        return COMMUNES.containsKey(code);
    }

    @Override
    public boolean isCommuneOf(String provinceCode, String communeCode) {
        return COMMUNES.getOrDefault(provinceCode, Set.of()).contains(communeCode);
    }

    @Override
    public Optional<String> provinceName(String code) {
        return Optional.empty();
    }

    @Override
    public Optional<String> communeName(String code) {
        return Optional.empty();
    }
}
