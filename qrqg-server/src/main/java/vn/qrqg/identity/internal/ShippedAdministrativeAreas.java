package vn.qrqg.identity.internal;

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
}
