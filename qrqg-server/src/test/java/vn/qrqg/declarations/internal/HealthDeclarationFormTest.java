package vn.qrqg.declarations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.qrqg.declarations.DeclaredBy;
import vn.qrqg.declarations.HealthDeclaration;
import vn.qrqg.declarations.HealthDeclarationRequest;
import vn.qrqg.declarations.Symptom;
import vn.qrqg.declarations.VisitedPlace;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.platform.web.InvalidRequest;

class HealthDeclarationFormTest {
    private static final HealthDeclarationForm FORM = new HealthDeclarationForm(new TestAreas());
    private static final Instant NOW = Instant.parse("2030-03-15T01:30:00Z");

    @Test
    void keepsSymptomsOnceEachInTheirOrderAndPlacesAsDeclared() {
        HealthDeclaration declaration = declare(new HealthDeclarationRequest(
                List.of("COUGH", "FEVER", "COUGH"), true, "  a colleague, on 10 March ",
                List.of(new HealthDeclarationRequest.Place("79", "26743", " Chợ Bến Thành "),
                        new HealthDeclarationRequest.Place("01", null, null)), null));
        assertThat(declaration.symptoms()).containsExactly(Symptom.COUGH, Symptom.FEVER);
        assertThat(declaration.contactWithConfirmedCase()).isTrue();
        assertThat(declaration.contactDetails()).isEqualTo("a colleague, on 10 March");
        assertThat(declaration.placesVisited()).containsExactly(new VisitedPlace("79", "26743", "Chợ Bến Thành"),
                new VisitedPlace("01", null, null));
        assertThat(declaration.declaredAt()).isEqualTo(NOW);
        assertThat(declaration.declaredBy()).isEqualTo(DeclaredBy.HOLDER_APP);
    }

    @Test
    void emptyListsSayNoneAndAreTakenAsSuch() {
        HealthDeclaration declaration = declare(new HealthDeclarationRequest(List.of(), false, null, List.of(), null));
        assertThat(declaration.symptoms()).isEmpty();
        assertThat(declaration.placesVisited()).isEmpty();
    }

    @Test
    void absentAnswersAreNamedEachAsRequired() {
        assertThat(fieldsOf(new HealthDeclarationRequest(null, null, null, null, null)))
                .containsExactly("symptoms", "contactWithConfirmedCase", "placesVisited");
    }

    @Test
    void namesEachBadSymptomAndPlaceByItsPosition() {
        assertThat(fieldsOf(new HealthDeclarationRequest(Arrays.asList("FEVER", "fever", "HEADACHE", null), false,
                null, Arrays.asList(new HealthDeclarationRequest.Place("79", "00004", null),
                        new HealthDeclarationRequest.Place("02", null, "x".repeat(201)), null), null)))
                .containsExactly("symptoms[1]", "symptoms[2]", "symptoms[3]", "placesVisited[0].communeCode",
                        "placesVisited[1].provinceCode", "placesVisited[1].description", "placesVisited[2]");
    }

    @Test
    void contactDetailsGoOnlyWithAContact() {
        assertThat(fieldsOf(new HealthDeclarationRequest(List.of(), false, "my neighbour", List.of(), null)))
                .containsExactly("contactDetails");
        assertThat(fieldsOf(new HealthDeclarationRequest(List.of(), true, "x".repeat(501), List.of(), null)))
                .containsExactly("contactDetails");
    }

    @Test
    void takesAtMostFiftyPlaces() {
        List<HealthDeclarationRequest.Place> places = java.util.Collections.nCopies(51,
                new HealthDeclarationRequest.Place("01", null, null));
        assertThat(fieldsOf(new HealthDeclarationRequest(List.of(), false, null, places, null)))
                .containsExactly("placesVisited");
    }

    @Test
    void messagesNeverEchoTheValueSent() {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class,
                () -> declare(new HealthDeclarationRequest(List.of("Sốt cao 39 độ"), false, null, List.of(), null)));
        assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.message())
                .doesNotContain("Sốt").startsWith("must be one of FEVER, COUGH, SHORTNESS_OF_BREATH"));
    }

    private static HealthDeclaration declare(HealthDeclarationRequest request) {
        return FORM.declaration(request, UUID.randomUUID(), "123456789012345678", NOW, DeclaredBy.HOLDER_APP);
    }

    private static List<String> fieldsOf(HealthDeclarationRequest request) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, () -> declare(request));
        assertThat(e).as("refused").isNotNull();
        return e.errors().stream().map(InvalidRequest.FieldError::field).toList();
    }
}
