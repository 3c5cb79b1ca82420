package vn.qrqg.identity;

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
}
