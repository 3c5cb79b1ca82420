package vn.qrqg.declarations.internal;

import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.platform.web.FieldErrors;

/**
 * Province and commune codes of a declaration, checked against the administrative areas of the
 * current structure. Whether one is required is said on the request record ({@code NotBlank},
 * with the messages here); a field that failed that already is not checked again.
 */
public final class PlaceCodes {
    public static final String PROVINCE_REQUIRED = "is required: an official province code, e.g. 01";
    public static final String COMMUNE_REQUIRED = "is required: an official commune code, e.g. 00004";

    private final AdministrativeAreas areas;

    PlaceCodes(AdministrativeAreas areas) {
        this.areas = areas;
    }

    /** The official province code sent, stripped; {@code null} when absent or rejected. */
    String province(FieldErrors errors, String field, String code) {
        if (code == null || code.isBlank() || errors.failed(field)) {
            return null;
        }
        if (!areas.isProvince(code.strip())) {
            return errors.fail(field, "is not an official province code of the current structure");
        }
        return code.strip();
    }

    /** The commune code sent, stripped, rejected unless of {@code province} (not checked when that is null). */
    String commune(FieldErrors errors, String field, String code, String province, String provinceField) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (province != null && !areas.isCommuneOf(province, code.strip())) {
            errors.reject(field, "is not an official commune code of " + provinceField);
        }
        return code.strip();
    }

    /** Stripped text, {@code null} when absent or blank (its length is a constraint of the request). */
    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
