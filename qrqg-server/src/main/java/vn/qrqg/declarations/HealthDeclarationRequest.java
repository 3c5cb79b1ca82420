package vn.qrqg.declarations;

import java.util.List;

/**
 * The body of {@code POST /api/v1/declarations/health}, as sent: checked by
 * {@code HealthDeclarationForm}, which names every field it cannot take.
 *
 * @param symptoms names of {@link vn.qrqg.declarations.Symptom}; an empty list when none
 * @param contactDetails only with {@code contactWithConfirmedCase} true; optional
 * @param placesVisited in the last 14 days; an empty list when none
 * @param visitorText only from a venue's staff scanner declaring for a visitor without a phone: the
 *        text read from the visitor's personal QR (printed) or CCCD card
 */
public record HealthDeclarationRequest(List<String> symptoms, Boolean contactWithConfirmedCase, String contactDetails,
        List<Place> placesVisited, String visitorText) {

    /** A visited place: an official province code, optionally one of its communes and a description. */
    public record Place(String provinceCode, String communeCode, String description) {
    }
}
