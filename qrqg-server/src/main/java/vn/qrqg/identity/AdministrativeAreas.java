package vn.qrqg.identity;

import java.util.Optional;

/**
 * Vietnam's official provinces and communes of the current structure (34 provinces, 3,321
 * communes, wards and special zones; see {@code identity/vn-admin/SOURCES.md}), for any
 * capability that takes an address as codes. Codes are strings, e.g. {@code "01"} and
 * {@code "00004"}. Thread-safe.
 */
public interface AdministrativeAreas {

    /** Whether {@code code} is a province of the current structure. */
    boolean isProvince(String code);

    /** Whether {@code communeCode} is a commune, ward or special zone of the province {@code provinceCode}. */
    boolean isCommuneOf(String provinceCode, String communeCode);

    /** The province's full name, e.g. {@code Thành phố Hà Nội}; empty for an unknown code. */
    Optional<String> provinceName(String code);

    /** The commune's full name, e.g. {@code Phường Ba Đình}; empty for an unknown code. */
    Optional<String> communeName(String code);
}
