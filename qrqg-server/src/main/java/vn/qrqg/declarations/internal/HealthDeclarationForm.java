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
import vn.qrqg.platform.web.FieldErrors;

/** Checks a health declaration as sent and makes it the declaration kept, or names every bad field. */
public final class HealthDeclarationForm {
    public static final int MAX_PLACES = 50;
    public static final int MAX_DESCRIPTION = 200;
    public static final int MAX_CONTACT_DETAILS = 500;

    private final PlaceCodes codes;

    HealthDeclarationForm(AdministrativeAreas areas) {
        this.codes = new PlaceCodes(areas);
    }

    /**
     * The declaration of {@code request} for {@code qid}.
     *
     * @throws vn.qrqg.platform.web.InvalidFieldException naming every field it cannot take
     */
    HealthDeclaration declaration(HealthDeclarationRequest request, UUID id, String qid, Instant declaredAt,
            DeclaredBy declaredBy) {
        FieldErrors errors = FieldErrors.of(request);
        Boolean contact = request.contactWithConfirmedCase();
        String details = PlaceCodes.optionalText(request.contactDetails());
        if (details != null && Boolean.FALSE.equals(contact)) {
            errors.reject("contactDetails", "is only for a contact: contactWithConfirmedCase must be true");
        }
        List<VisitedPlace> places = places(request.placesVisited(), errors);
        errors.throwIfAny();
        return new HealthDeclaration(id, qid, declaredAt, declaredBy, symptoms(request.symptoms()), contact, details,
                places);
    }

    /** In the order declared, each once; an empty list says "none". Valid by now. */
    private static List<Symptom> symptoms(List<String> names) {
        Set<Symptom> symptoms = new LinkedHashSet<>();
        names.forEach(name -> symptoms.add(Symptom.valueOf(name)));
        return List.copyOf(symptoms);
    }

    /** The places' codes against the administrative areas; their shape is the request's constraints. */
    private List<VisitedPlace> places(List<HealthDeclarationRequest.Place> sent, FieldErrors errors) {
        if (sent == null || errors.failed("placesVisited")) {
            return List.of();
        }
        List<VisitedPlace> places = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            String field = "placesVisited[" + i + "]";
            HealthDeclarationRequest.Place place = sent.get(i);
            if (place == null) {
                continue;
            }
            String province = codes.province(errors, field + ".provinceCode", place.provinceCode());
            String commune = codes.commune(errors, field + ".communeCode", place.communeCode(), province,
                    field + ".provinceCode");
            places.add(new VisitedPlace(province, commune, PlaceCodes.optionalText(place.description())));
        }
        return places;
    }
}
