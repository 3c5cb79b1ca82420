package vn.qrqg.identity.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.qrqg.identity.AdministrativeAreas;

/** {@link AdministrativeAreas} over the units identity loads anyway: one copy in memory. */
final class ShippedAdministrativeAreas implements AdministrativeAreas {
    private final AdministrativeUnits units;

    ShippedAdministrativeAreas(AdministrativeUnits units) {
        this.units = units;
    }

    @Override
    public Optional<Province> province(String code) {
        return Optional.ofNullable(code == null ? null : units.province(code))
                .map(province -> new Province(province.code(), province.fullName()));
    }

    @Override
    public Optional<Commune> commune(String code) {
        return Optional.ofNullable(code == null ? null : units.commune(code))
                .map(commune -> new Commune(commune.code(), commune.fullName(), commune.province().code()));
    }

    @Override
    public Optional<Province> successorOf(String pre2025ProvinceCode) {
        return pre2025ProvinceCode == null ? Optional.empty() : units.provincesOfBirth().stream()
                .filter(old -> old.code().equals(pre2025ProvinceCode)).findFirst()
                .flatMap(old -> province(old.newCode()));
    }

    @Override
    public List<Province> provinces() {
        return units.provinces().stream().map(province -> new Province(province.code(), province.fullName()))
                .sorted(Comparator.comparing(Province::code)).toList();
    }

    @Override
    public List<Commune> communesOf(String provinceCode) {
        return provinceCode == null ? List.of() : units.communesOf(provinceCode).stream()
                .map(commune -> new Commune(commune.code(), commune.fullName(), provinceCode))
                .sorted(Comparator.comparing(Commune::code)).toList();
    }
}
