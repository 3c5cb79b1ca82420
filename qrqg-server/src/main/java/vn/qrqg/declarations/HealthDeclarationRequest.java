package vn.qrqg.declarations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.qrqg.declarations.internal.HealthDeclarationForm;
import vn.qrqg.declarations.internal.PlaceCodes;
import vn.qrqg.platform.web.MaxLength;
import vn.qrqg.platform.web.OneOf;

/**
 * The body of {@code POST /api/v1/declarations/health}, as sent: its constraints, then
 * {@link HealthDeclarationForm} (codes against the administrative areas, a rule across fields),
 * name every field it cannot take.
 *
 * @param symptoms names of {@link vn.qrqg.declarations.Symptom}; an empty list when none
 * @param contactDetails only with {@code contactWithConfirmedCase} true; optional
 * @param placesVisited in the last 14 days; an empty list when none
 * @param visitorText only from a venue's staff scanner declaring for a visitor without a phone: the
 *        text read from the visitor's personal QR (printed) or CCCD card
 */
public record HealthDeclarationRequest(
        @NotNull(message = "is required: a list of symptoms, empty when none")
        List<@OneOf(Symptom.class) String> symptoms,
        @NotNull(message = "is required: true or false") Boolean contactWithConfirmedCase,
        @MaxLength(max = HealthDeclarationForm.MAX_CONTACT_DETAILS) String contactDetails,
        @NotNull(message = "is required: the places visited in the last 14 days, empty when none")
        @Size(max = HealthDeclarationForm.MAX_PLACES, message = "must hold at most {max} places")
        List<@NotNull(message = "must be a place: \\{provinceCode, communeCode?, description?\\}") @Valid Place>
                placesVisited,
        String visitorText) {

    /** A visited place: an official province code, optionally one of its communes and a description. */
    public record Place(@NotBlank(message = PlaceCodes.PROVINCE_REQUIRED) String provinceCode, String communeCode,
            @MaxLength(max = HealthDeclarationForm.MAX_DESCRIPTION) String description) {
    }
}
