package vn.qrqg.venues.internal;

import java.util.Optional;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.AdministrativeAreas.Commune;
import vn.qrqg.identity.AdministrativeAreas.Province;
import vn.qrqg.sms.PhoneNumber;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.venues.VenueType;

/** What an owner registers, checked: the official province and commune, the commune in the province. */
record VenueDetails(String name, VenueType type, Province province, Commune commune, String address, String ownerName,
        PhoneNumber ownerPhone) {
    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 300;
    static final int MAX_PERSON_NAME = 100;

    /** {@code POST /api/v1/venues/registrations}' body. */
    record Request(String name, String type, String provinceCode, String communeCode, String address, String ownerName,
            String ownerPhone) {
    }

    /** @throws InvalidFieldException naming every field that is missing or wrong */
    static VenueDetails of(Request request, AdministrativeAreas areas) {
        FieldChecks checks = new FieldChecks();
        String name = checks.oneScript("name", checks.text("name", request.name(), MAX_NAME));
        VenueType type = null;
        if (request.type() == null || request.type().isBlank()) {
            checks.fail("type", "is required");
        } else {
            type = VenueType.parse(request.type()).orElse(null);
            if (type == null) {
                checks.fail("type", "must be one of " + String.join(", ", VenueType.codes()));
            }
        }
        Province province = area("provinceCode", request.provinceCode(), areas::province, checks,
                "is not a province of the current structure (34 provinces, e.g. 01 for Hà Nội)");
        Commune commune = area("communeCode", request.communeCode(), areas::commune, checks,
                "is not a commune or ward of the current structure (5 digits, e.g. 00004)");
        if (province != null && commune != null && !commune.provinceCode().equals(province.code())) {
            commune = checks.fail("communeCode", "is not in province " + province.code());
        }
        String address = checks.text("address", request.address(), MAX_ADDRESS);
        String ownerName = checks.text("ownerName", request.ownerName(), MAX_PERSON_NAME);
        PhoneNumber phone = checks.phone("ownerPhone", request.ownerPhone());
        checks.throwIfAny();
        return new VenueDetails(name, type, province, commune, address, ownerName, phone);
    }

    private static <T> T area(String field, String code, java.util.function.Function<String, Optional<T>> lookup,
            FieldChecks checks, String unknown) {
        if (code == null || code.isBlank()) {
            return checks.fail(field, "is required");
        }
        return lookup.apply(code.strip()).orElseGet(() -> checks.fail(field, unknown));
    }
}
