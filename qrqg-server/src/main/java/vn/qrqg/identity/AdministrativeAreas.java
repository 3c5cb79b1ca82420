package vn.qrqg.identity;

import java.util.List;
import java.util.Optional;

/**
 * Vietnam's official administrative units of the current structure (since 1 July 2025): 34
 * provinces and 3,321 communes, wards and special zones, as shipped in {@code identity/vn-admin}
 * and loaded once. Codes are strings: leading zeros matter ({@code "01"}, {@code "00004"}).
 */
public interface AdministrativeAreas {

    /** A province or centrally run city, e.g. {@code 01}, "Thành phố Hà Nội". */
    record Province(String code, String name) {
    }

    /** A commune, ward or special zone, e.g. {@code 00004}, "Phường Ba Đình", of province {@code 01}. */
    record Commune(String code, String name, String provinceCode) {
    }

    Optional<Province> province(String code);

    Optional<Commune> commune(String code);

    /** The 34 provinces, by code (for pickers). */
    List<Province> provinces();

    /** The communes, wards and special zones of a province, by code; empty for an unknown province. */
    List<Commune> communesOf(String provinceCode);

    /**
     * The current province that the pre-2025 province {@code pre2025ProvinceCode} was merged into
     * (provinces were merged whole in 2025), e.g. {@code 02} Hà Giang into {@code 08} Tuyên Quang;
     * empty for a code that was no province before 2025.
     */
    Optional<Province> successorOf(String pre2025ProvinceCode);

    /** Whether {@code code} is a province of the current structure (null is not). */
    default boolean isProvince(String code) {
        return province(code).isPresent();
    }

    /** Whether {@code communeCode} is a commune, ward or special zone of the province {@code provinceCode}. */
    default boolean isCommuneOf(String provinceCode, String communeCode) {
        return commune(communeCode).map(commune -> commune.provinceCode().equals(provinceCode)).orElse(false);
    }
}
