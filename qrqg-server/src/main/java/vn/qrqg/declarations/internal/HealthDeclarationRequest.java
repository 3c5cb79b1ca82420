package vn.qrqg.declarations.internal;

import java.util.List;

/**
 * The body of {@code POST /api/v1/declarations/health}, as sent: checked by
 * {@link HealthDeclarationForm}, which names every field it cannot take.
 *
 * @param symptoms names of {@link vn.qrqg.declarations.Symptom}; an empty list when none
 * @param contactDetails only with {@code contactWithConfirmedCase} true; optional
 * @param placesVisited in the last 14 days; an empty list when none
 */
record HealthDeclarationRequest(List<String> symptoms, Boolean contactWithConfirmedCase, String contactDetails,
        List<Place> placesVisited) {

    /** A visited place: an official province code, optionally one of its communes and a description. */
    record Place(String provinceCode, String communeCode, String description) {
    }
}
