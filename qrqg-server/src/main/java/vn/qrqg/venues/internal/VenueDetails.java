package vn.qrqg.venues.internal;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import java.util.function.Function;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.AdministrativeAreas.Commune;
import vn.qrqg.identity.AdministrativeAreas.Province;
import vn.qrqg.platform.web.FieldErrors;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.sms.MobileNumber;
import vn.qrqg.sms.PhoneNumber;
import vn.qrqg.venues.VenueType;

/** What an owner registers, checked: the official province and commune, the commune in the province. */
record VenueDetails(String name, VenueType type, Province province, Commune commune, String address, String ownerName,
        PhoneNumber ownerPhone) {
    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 300;
    static final int MAX_PERSON_NAME = 100;
    static final String REQUIRED = "is required";

    /** {@code POST /api/v1/venues/registrations}' body. */
    record Request(@NotBlank(message = REQUIRED) String name, @NotBlank(message = REQUIRED) String type,
            @NotBlank(message = REQUIRED) String provinceCode, @NotBlank(message = REQUIRED) String communeCode,
            @NotBlank(message = REQUIRED) String address, @NotBlank(message = REQUIRED) String ownerName,
            @NotBlank(message = REQUIRED) @MobileNumber String ownerPhone) {
    }

    /** @throws InvalidFieldException naming every field that is missing or wrong */
    static VenueDetails of(Request request, AdministrativeAreas areas) {
        FieldErrors errors = FieldErrors.of(request);
        String name = VenueTexts.oneScript(errors, "name", VenueTexts.text(errors, "name", request.name(), MAX_NAME));
        VenueType type = errors.failed("type") ? null : VenueType.parse(request.type()).orElseGet(
                () -> errors.fail("type", "must be one of " + String.join(", ", VenueType.codes())));
        Province province = area("provinceCode", request.provinceCode(), areas::province, errors,
                "is not a province of the current structure (34 provinces, e.g. 01 for Hà Nội)");
        Commune commune = area("communeCode", request.communeCode(), areas::commune, errors,
                "is not a commune or ward of the current structure (5 digits, e.g. 00004)");
        if (province != null && commune != null && !commune.provinceCode().equals(province.code())) {
            commune = errors.fail("communeCode", "is not in province " + province.code());
        }
        String address = VenueTexts.text(errors, "address", request.address(), MAX_ADDRESS);
        String ownerName = VenueTexts.text(errors, "ownerName", request.ownerName(), MAX_PERSON_NAME);
        errors.throwIfAny();
        return new VenueDetails(name, type, province, commune, address, ownerName,
                PhoneNumber.parse(request.ownerPhone()).orElseThrow());
    }

    private static <T> T area(String field, String code, Function<String, Optional<T>> lookup, FieldErrors errors,
            String unknown) {
        if (errors.failed(field)) {
            return null;
        }
        return lookup.apply(code.strip()).orElseGet(() -> errors.fail(field, unknown));
    }
}
