package vn.qrqg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.document.DocumentKind;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.codec.personal.VietnameseNames;

class SyntheticPeopleTest {

    @Test
    void everyPersonHasACccdTheCodecAcceptsAndThatAgreesWithTheirBirthAndGender() {
        SyntheticPeople people = new SyntheticPeople(20210911, 20_000);
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            DocumentNumber number = DocumentNumber.parse(person.documentNumber());
            assertThat(number.kind()).isEqualTo(DocumentKind.CCCD);
            assertThatCode(() -> number.checkConsistentWith(BirthDate.parse(person.dateOfBirth()), person.gender(),
                    "document_number")).as(person.documentNumber()).doesNotThrowAnyException();
            assertThat(BirthDate.parse(person.dateOfBirth()).isComplete()).isTrue();
            assertThat(VietnameseNames.normalise(person.fullName())).matches("[A-Z]+( [A-Z]+){2,3}");
            assertThat(person.phone()).matches("0[35789]\\d{8}");
        }
    }

    @Test
    void namesCarryDiacriticsSoThatTheNameComparisonDoesRealWork() {
        SyntheticPeople people = new SyntheticPeople(1, 100);
        long withMarks = java.util.stream.IntStream.range(0, 100)
                .filter(i -> !people.get(i).fullName().equals(VietnameseNames.normalise(people.get(i).fullName())))
                .count();
        assertThat(withMarks).isEqualTo(100);
    }

    @Test
    void noTwoPeopleOfOneSeedShareADocumentNumber() {
        SyntheticPeople people = new SyntheticPeople(-7, 300_000);
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            numbers.add(people.get(i).documentNumber());
        }
        assertThat(numbers).hasSize(people.size());
    }

    @Test
    void theSameSeedGivesTheSamePeopleAndAnotherSeedOtherPeople() {
        assertThat(new SyntheticPeople(42, 1000).get(999)).isEqualTo(new SyntheticPeople(42, 1000).get(999));
        assertThat(new SyntheticPeople(42, 10).get(3)).isEqualTo(new SyntheticPeople(42, 500).get(3));
        assertThat(new SyntheticPeople(42, 10).get(3)).isNotEqualTo(new SyntheticPeople(43, 10).get(3));
    }

    @Test
    void theCsvHasTheRegistryHeaderAndOneLinePerPerson() {
        SyntheticPeople people = new SyntheticPeople(5, 10);
        String csv = people.csv(2, 5);
        assertThat(csv.lines()).hasSize(4).first().isEqualTo("document_number,full_name,date_of_birth,gender,phone");
        Person third = people.get(2);
        assertThat(csv.lines().skip(1).findFirst()).hasValue(String.join(",", third.documentNumber(),
                third.fullName(), third.dateOfBirth(), String.valueOf(third.gender().code()), third.phone()));
    }

    @Test
    void theDeclarationIsTheJsonTheIssuanceEndpointReads() throws Exception {
        Person person = new SyntheticPeople(5, 1).get(0);
        var json = com.fasterxml.jackson.jr.ob.JSON.std.mapFrom(person.declarationJson(false));
        assertThat(json).containsEntry("documentNumber", person.documentNumber())
                .containsEntry("fullName", person.fullName())
                .containsEntry("dateOfBirth", person.dateOfBirth())
                .containsEntry("gender", String.valueOf(person.gender().code()))
                .containsEntry("phone", person.phone());
    }

    @Test
    void anInsuredPersonsDeclarationAndCardCarryOneCardNumberOfTheRealShapeUniquePerPerson() throws Exception {
        SyntheticPeople people = new SyntheticPeople(5, 200);
        Person person = people.get(0);
        var json = com.fasterxml.jackson.jr.ob.JSON.std.mapFrom(person.declarationJson(true));
        assertThat(json).containsEntry("insuranceNumber", person.insuranceNumber());
        assertThat(person.insuranceNumber()).matches("[A-Z]{2}[0-9]{13}");
        assertThat(people.cardsCsv(0, 2).lines()).containsExactly("card_number,document_number,valid_from,valid_to",
                person.insuranceNumber() + "," + person.documentNumber() + ",2021-01-01,2099-12-31",
                people.get(1).insuranceNumber() + "," + people.get(1).documentNumber() + ",2021-01-01,2099-12-31");
        assertThat(java.util.stream.IntStream.range(0, 200).mapToObj(i -> people.get(i).insuranceNumber()).distinct())
                .hasSize(200);
    }

    @Test
    void theProvincesOfBirthAreTheSixtyThreeTheCodecKnows() {
        assertThat(SyntheticPeople.PROVINCES).hasSize(63).contains("01", "79", "96").doesNotContain("00", "03");
    }

    @Test
    void aPoolIsBetweenOneAndAMillionPeople() {
        assertThatThrownBy(() -> new SyntheticPeople(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyntheticPeople(1, 1_000_001)).isInstanceOf(IllegalArgumentException.class);
    }
}
