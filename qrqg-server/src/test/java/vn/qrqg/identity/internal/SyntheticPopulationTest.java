package vn.qrqg.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.document.CccdNumber;
import vn.qrqg.codec.document.DocumentKind;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.identity.RegisteredPerson;

class SyntheticPopulationTest {
    private static final AdministrativeUnits UNITS = AdministrativeUnits.load();
    private static final int SIZE = 100_000;
    private static List<RegisteredPerson> people;

    @BeforeAll
    static void generate() {
        people = generate(SyntheticPopulation.SEED, SIZE);
    }

    @Test
    void theSameSeedGivesTheSamePeopleInTheSameOrder() {
        assertThat(generate(SyntheticPopulation.SEED, 1000)).isEqualTo(people.subList(0, 1000));
        assertThat(generate(SyntheticPopulation.SEED + 1, 10)).doesNotContainAnyElementsOf(people.subList(0, 10));
    }

    /** The README's sample citizen and dependant: a newcomer declares them in the portal. */
    @Test
    void theReadmesSamplePeopleAreTheFirstAndEleventhSyntheticPeople() {
        RegisteredPerson first = people.get(0);
        assertThat(List.of(first.documentNumber(), first.fullName(), first.birthDate().toString(), first.phone()))
                .containsExactly("001160485640", "Nguyễn Thu Mai", "1960-01-03", "0791283527");
        assertThat(first.gender()).isEqualTo(Gender.FEMALE);
        RegisteredPerson child = people.get(10);
        assertThat(List.of(child.documentNumber(), child.fullName(), child.birthDate().toString()))
                .containsExactly("033323884467", "Nguyễn Khánh Ngân", "2023-12-27");
        assertThat(child.gender()).isEqualTo(Gender.FEMALE);
    }

    /** The README's walkthrough: the sample citizen declares a child of her household, who has no phone. */
    @Test
    void theReadmesSampleCitizenAndHerDependantShareAHousehold() {
        RegisteredPerson citizen = people.get(0);
        RegisteredPerson dependant = people.get(9);
        assertThat(List.of(dependant.documentNumber(), dependant.fullName(), dependant.birthDate().toString()))
                .containsExactly("045315794635", "Nguyễn Mai Hằng", "2015-03-12");
        assertThat(dependant.gender()).isEqualTo(Gender.FEMALE);
        assertThat(dependant.phone()).isNull();
        assertThat(citizen.householdId()).isEqualTo("HK0000000001").isEqualTo(dependant.householdId());
        assertThat(dependant.communeCode()).isEqualTo(citizen.communeCode());
        assertThat(dependant.address()).isEqualTo(citizen.address());
        assertThat(households().get("HK0000000001")).extracting(RegisteredPerson::documentNumber)
                .containsExactly("001160485640", "064165936285", "052158455182", "060194057426", "045315794635");
    }

    @Test
    void everyoneHasAHouseholdNumberedInTheOrderHouseholdsStart() {
        Set<String> seen = new HashSet<>();
        for (RegisteredPerson person : people) {
            assertThat(person.householdId()).matches("HK[0-9]{10}");
            if (seen.add(person.householdId())) {
                assertThat(person.householdId()).isEqualTo(String.format("HK%010d", seen.size()));
            }
        }
    }

    @Test
    void membersOfAHouseholdShareItsCommuneAndAddress() {
        households().forEach((id, members) -> {
            assertThat(members).extracting(RegisteredPerson::communeCode).as(id).containsOnly(members.get(0).communeCode());
            assertThat(members).extracting(RegisteredPerson::address).as(id).containsOnly(members.get(0).address());
        });
    }

    @Test
    void aHouseholdHasAtMostSixMembersAndAnAdult() {
        Map<String, List<RegisteredPerson>> households = households();
        // a household started by a child waits for the next adult: one may still wait at the end of the stream
        Set<String> atTheEnd = new HashSet<>();
        people.subList(SIZE - 1000, SIZE).forEach(p -> atTheEnd.add(p.householdId()));
        households.forEach((id, members) -> {
            assertThat(members).as(id).hasSizeBetween(1, Households.MAX_MEMBERS);
            if (!atTheEnd.contains(id)) {
                assertThat(members).as(id).anyMatch(SyntheticPopulationTest::isAdult);
            }
        });
        assertThat(SIZE / (double) households.size()).as("people a household").isBetween(2.8, 3.3);
    }

    @Test
    void everyCccdIsValidAndConsistentWithBirthDateGenderAndTheProvinceOfBirth() {
        Set<String> provincesOfBirth = new HashSet<>();
        UNITS.provincesOfBirth().forEach(p -> provincesOfBirth.add("0" + p.code()));
        for (RegisteredPerson person : people) {
            DocumentNumber cccd = DocumentNumber.parse(person.documentNumber());
            assertThat(cccd.kind()).isEqualTo(DocumentKind.CCCD);
            cccd.checkConsistentWith(person.birthDate(), person.gender(), DocumentNumber.FIELD);
            assertThat(CccdNumber.decode(person.documentNumber(), "SoGiayTo").provinceCode()).isIn(provincesOfBirth);
        }
    }

    @Test
    void documentAndInsuranceNumbersAreUnique() {
        assertThat(people.stream().map(RegisteredPerson::documentNumber).distinct().count()).isEqualTo(SIZE);
        List<String> cmnds = people.stream().map(RegisteredPerson::oldDocumentNumber).filter(n -> n != null).toList();
        assertThat(new HashSet<>(cmnds)).hasSameSizeAs(cmnds);
        cmnds.forEach(n -> assertThat(DocumentNumber.parse(n).kind()).isEqualTo(DocumentKind.CMND));
        List<String> insurance = people.stream().map(RegisteredPerson::insuranceNumber).filter(n -> n != null).toList();
        assertThat(new HashSet<>(insurance.stream().map(n -> n.substring(5)).toList())).hasSameSizeAs(insurance);
    }

    @Test
    void everyPersonPassesTheImportChecks() {
        ImportColumns all = ImportColumns.fromHeader(Stream.of(ImportColumns.Column.values()).map(ImportColumns.Column::header).toList());
        ImportRows rows = new ImportRows(UNITS);
        for (RegisteredPerson person : people) {
            List<String> fields = new ArrayList<>();
            Stream.of(person.documentNumber(), person.fullName(), person.birthDate().toString(),
                            String.valueOf(person.gender().code()), person.oldDocumentNumber(), person.phone(),
                            person.insuranceNumber(), person.communeCode(), person.address(),
                            person.householdId())
                    .forEach(v -> fields.add(v == null ? "" : v));
            assertThat(rows.toPerson(all, fields)).isEqualTo(person);
        }
    }

    @Test
    void surnamesFollowTheirKnownShares() {
        assertThat(share(p -> p.fullName().startsWith("Nguyễn "))).isBetween(0.35, 0.41);
        assertThat(share(p -> p.fullName().startsWith("Trần "))).isBetween(0.09, 0.13);
        assertThat(share(p -> p.fullName().startsWith("Lê "))).isBetween(0.08, 0.11);
        assertThat(share(p -> p.fullName().startsWith("Phạm "))).isBetween(0.06, 0.08);
        assertThat(share(p -> p.fullName().startsWith("Hoàng ") || p.fullName().startsWith("Huỳnh "))).isBetween(0.04, 0.06);
        assertThat(share(p -> p.fullName().matches("\\S+ Thị .*"))).as("Thị, a woman's middle name").isBetween(0.15, 0.30);
        assertThat(people).noneMatch(p -> p.gender() == Gender.MALE && p.fullName().contains(" Thị "));
    }

    @Test
    void sharesOfOldCmndsYearOnlyBirthDatesGendersAndAgesAreRealistic() {
        assertThat(share(p -> p.oldDocumentNumber() != null)).isBetween(0.085, 0.115);
        assertThat(share(p -> p.birthDate().month() == 0 && p.birthDate().day() == 0)).isBetween(0.04, 0.06);
        assertThat(share(p -> p.gender() == Gender.MALE)).isBetween(0.49, 0.51);
        assertThat(people).allMatch(p -> p.birthDate().year() >= 1929 && p.birthDate().year() <= 2025);
        assertThat(share(p -> p.birthDate().year() >= 2011)).as("children under 15").isBetween(0.2, 0.3);
        assertThat(people).filteredOn(p -> p.birthDate().year() > 2010).allMatch(p -> p.phone() == null);
        assertThat(share(p -> p.documentNumber().startsWith("001") || p.documentNumber().startsWith("079")))
                .as("born in Hà Nội or Hồ Chí Minh City").isBetween(0.15, 0.20);
    }

    @Test
    void contactsInsuranceAndAddressesHaveTheirFormatsAndRealCommunes() {
        Pattern mobile = Pattern.compile("0(3[2-9]|5[689]|7[06-9]|8[1-9]|9[0-46-9])[0-9]{7}");
        Pattern insurance = Pattern.compile("(TE|HS|SV|GD|DN|HC|HN|CN|HT|CC)[1-4][0-9]{12}");
        for (RegisteredPerson person : people) {
            assertThat(person.phone() == null || mobile.matcher(person.phone()).matches()).as(person.phone()).isTrue();
            assertThat(person.insuranceNumber() == null || insurance.matcher(person.insuranceNumber()).matches()).isTrue();
            AdministrativeUnits.Commune commune = UNITS.commune(person.communeCode());
            assertThat(person.address()).endsWith(commune.fullName() + ", " + commune.province().fullName());
        }
        assertThat(people).filteredOn(p -> p.birthDate().year() > 2020 && p.insuranceNumber() != null)
                .allMatch(p -> p.insuranceNumber().startsWith("TE1"));
        assertThat(share(p -> p.insuranceNumber() != null)).isBetween(0.89, 0.93);
    }

    /** Households by id, their members in seeding order. */
    private static Map<String, List<RegisteredPerson>> households() {
        Map<String, List<RegisteredPerson>> households = new LinkedHashMap<>();
        people.forEach(p -> households.computeIfAbsent(p.householdId(), id -> new ArrayList<>()).add(p));
        return households;
    }

    /** 18 or older on the reference date; an unknown month or day counted as the latest possible. */
    private static boolean isAdult(RegisteredPerson person) {
        BirthDate date = person.birthDate();
        YearMonth month = YearMonth.of(date.year(), date.month() == 0 ? 12 : date.month());
        LocalDate born = date.day() == 0 ? month.atEndOfMonth() : month.atDay(date.day());
        return Period.between(born, SyntheticPopulation.REFERENCE_DATE).getYears() >= 18;
    }

    private static double share(java.util.function.Predicate<RegisteredPerson> test) {
        return people.stream().filter(test).count() / (double) SIZE;
    }

    private static List<RegisteredPerson> generate(long seed, int count) {
        SyntheticPopulation population = new SyntheticPopulation(UNITS, seed);
        List<RegisteredPerson> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(population.next());
        }
        return out;
    }
}
