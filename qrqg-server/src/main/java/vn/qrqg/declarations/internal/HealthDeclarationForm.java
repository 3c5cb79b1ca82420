package vn.qrqg.declarations.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.qrqg.declarations.DeclaredBy;
import vn.qrqg.declarations.HealthDeclaration;
import vn.qrqg.declarations.HealthDeclarationRequest;
import vn.qrqg.declarations.Symptom;
import vn.qrqg.declarations.VisitedPlace;
import vn.qrqg.identity.AdministrativeAreas;

/** Checks a health declaration as sent and makes it the declaration kept, or names every bad field. */
final class HealthDeclarationForm {
    static final int MAX_PLACES = 50;
    static final int MAX_DESCRIPTION = 200;
    static final int MAX_CONTACT_DETAILS = 500;

    private final AdministrativeAreas areas;

    HealthDeclarationForm(AdministrativeAreas areas) {
        this.areas = areas;
    }

    /**
     * The declaration of {@code request} for {@code qid}.
     *
     * @throws vn.qrqg.platform.web.InvalidFieldException naming every field it cannot take
     */
    HealthDeclaration declaration(HealthDeclarationRequest request, UUID id, String qid, Instant declaredAt,
            DeclaredBy declaredBy) {
        FormFields fields = new FormFields(areas);
        List<Symptom> symptoms = symptoms(request.symptoms(), fields);
        Boolean contact = request.contactWithConfirmedCase();
        if (contact == null) {
            fields.reject("contactWithConfirmedCase", "is required: true or false");
        }
        String details = fields.optionalText("contactDetails", request.contactDetails(), MAX_CONTACT_DETAILS);
        if (details != null && Boolean.FALSE.equals(contact)) {
            fields.reject("contactDetails", "is only for a contact: contactWithConfirmedCase must be true");
        }
        List<VisitedPlace> places = places(request.placesVisited(), fields);
        fields.check();
        return new HealthDeclaration(id, qid, declaredAt, declaredBy, symptoms, contact, details, places);
    }

    /** In the order declared, each once; an empty list says "none", an absent one says nothing. */
    private static List<Symptom> symptoms(List<String> names, FormFields fields) {
        if (names == null) {
            fields.reject("symptoms", "is required: a list of symptoms, empty when none");
            return List.of();
        }
        Set<Symptom> symptoms = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            Symptom symptom = fields.oneOf("symptoms[" + i + "]", names.get(i), Symptom.class, true);
            if (symptom != null) {
                symptoms.add(symptom);
            }
        }
        return List.copyOf(symptoms);
    }

    private static List<VisitedPlace> places(List<HealthDeclarationRequest.Place> sent, FormFields fields) {
        if (sent == null) {
            fields.reject("placesVisited", "is required: the places visited in the last 14 days, empty when none");
            return List.of();
        }
        if (sent.size() > MAX_PLACES) {
            fields.reject("placesVisited", "must hold at most " + MAX_PLACES + " places");
            return List.of();
        }
        List<VisitedPlace> places = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            String field = "placesVisited[" + i + "]";
            HealthDeclarationRequest.Place place = sent.get(i);
            if (place == null) {
                fields.reject(field, "must be a place: {provinceCode, communeCode?, description?}");
                continue;
            }
            String province = fields.province(field + ".provinceCode", place.provinceCode());
            String commune = fields.commune(field + ".communeCode", place.communeCode(), province,
                    field + ".provinceCode", false);
            String description = fields.optionalText(field + ".description", place.description(), MAX_DESCRIPTION);
            places.add(new VisitedPlace(province, commune, description));
        }
        return places;
    }
}
