package vn.qrqg.declarations;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A health declaration as the platform keeps it.
 *
 * @param symptoms those the person has, in the order declared; empty when none
 * @param contactWithConfirmedCase whether they were in contact with a confirmed case (F0)
 * @param contactDetails what they said of that contact, or {@code null}; only with a contact
 * @param placesVisited the places visited in the last 14 days; empty when none
 */
@JsonPropertyOrder({"kind", "id"})
public record HealthDeclaration(UUID id, String qid, Instant declaredAt, DeclaredBy declaredBy,
        List<Symptom> symptoms, boolean contactWithConfirmedCase, String contactDetails,
        List<VisitedPlace> placesVisited) implements Declaration {

    public static final String KIND = "HEALTH";

    /** The names of the fields an answer carries of the person, for the audit. */
    public static final List<String> FIELDS = List.of("qid", "symptoms", "contactWithConfirmedCase",
            "contactDetails", "placesVisited");

    public HealthDeclaration {
        symptoms = List.copyOf(symptoms);
        placesVisited = List.copyOf(placesVisited);
    }

    @Override
    @JsonProperty("kind")
    public String kind() {
        return KIND;
    }
}
