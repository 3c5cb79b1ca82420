package vn.qrqg.identity.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.document.CccdNumber;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.internal.AdministrativeUnits.Commune;
import vn.qrqg.identity.internal.AdministrativeUnits.ProvinceOfBirth;

/**
 * A deterministic stream of synthetic people for the reference registry: the same seed gives
 * the same people in the same order, and a larger population starts with the people of a
 * smaller one. Ages 0–95 on {@link #REFERENCE_DATE} (fixed, so that the population does not
 * change with the calendar); province of birth weighted by the 2019 census; CCCD numbers
 * consistent with province, gender, century and year and unique; about 10% with an old CMND,
 * 5% born in a known year only; health insurance, mobile numbers and a permanent address in a
 * real commune; a household (hộ khẩu) whose members share one permanent address ({@link Households}).
 */
final class SyntheticPopulation {
    /** The seed of the reference registry: 11 Sep 2021, Decision 1405/QĐ-BTTTT. */
    static final long SEED = 20210911L;
    static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 7, 1);
    static final int MAX_AGE = 95;

    private static final List<String> MOBILE_PREFIXES = List.of("086", "096", "097", "098", "032", "033", "034",
            "035", "036", "037", "038", "039", "088", "091", "094", "081", "082", "083", "084", "085", "089", "090",
            "093", "070", "076", "077", "078", "079", "092", "056", "058", "099", "059", "087");

    private final SplittableRandom random;
    private final AdministrativeUnits units;
    private final VietnameseNamePool names = new VietnameseNamePool();
    private final WeightedChoice<ProvinceOfBirth> provincesOfBirth;
    private final WeightedChoice<Integer> ages;
    private final WeightedChoice<String> mobilePrefixes = WeightedChoice.byRank(MOBILE_PREFIXES);
    private final PersonNumbers numbers = new PersonNumbers();
    private final Addresses addresses = new Addresses();
    private final Households households;
    private long generated;

    SyntheticPopulation(AdministrativeUnits units, long seed) {
        this.units = units;
        this.random = new SplittableRandom(seed);
        this.households = new Households(seed, REFERENCE_DATE);
        List<ProvinceOfBirth> provinces = units.provincesOfBirth();
        this.provincesOfBirth = new WeightedChoice<>(provinces,
                provinces.stream().mapToDouble(ProvinceOfBirth::population).toArray());
        Integer[] ageValues = new Integer[MAX_AGE + 1];
        double[] ageWeights = new double[MAX_AGE + 1];
        for (int age = 0; age <= MAX_AGE; age++) {
            ageValues[age] = age;
            // roughly Vietnam's pyramid: flat to 49, then thinning
            ageWeights[age] = age < 50 ? 1.6 : age < 60 ? 1.3 : age < 70 ? 0.9 : age < 80 ? 0.45 : age < 90 ? 0.2 : 0.05;
        }
        this.ages = new WeightedChoice<>(List.of(ageValues), ageWeights);
    }

    SyntheticPopulation(AdministrativeUnits units) {
        this(units, SEED);
    }

    RegisteredPerson next() {
        long index = generated++;
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        int age = ages.pick(random);
        LocalDate born = REFERENCE_DATE.minusYears(age).minusDays(1 + random.nextInt(365));
        BirthDate birthDate = random.nextInt(100) < 5 ? new BirthDate(born.getYear(), 0, 0) : BirthDate.of(born);
        ProvinceOfBirth birthplace = provincesOfBirth.pick(random);
        String homeProvince = random.nextInt(100) < 80 ? birthplace.newCode() : provincesOfBirth.pick(random).newCode();
        List<Commune> communes = units.communesOf(homeProvince);
        Commune commune = communes.get(random.nextInt(communes.size()));

        String cccd = numbers.cccd(birthplace.code(), CccdNumber.genderCenturyDigit(gender, born.getYear()), born.getYear());
        String cmnd = born.getYear() <= 2004 && random.nextInt(1000) < 130 ? numbers.cmnd() : null;
        String fullName = names.fullName(random, gender, born.getYear(), Integer.parseInt(birthplace.code()) >= 49);
        String phone = age >= 15 && random.nextInt(100) < 92
                ? mobilePrefixes.pick(random) + PersonNumbers.digits(random.nextInt(10_000_000), 7) : null;
        String insurance = random.nextInt(100) < 91 ? numbers.insurance(insuranceGroup(age), homeProvince, index) : null;
        String address = addresses.address(random, commune); // drawn for everyone, so the stream stays the same
        Households.Membership home = households.place(birthDate, phone, commune, address);
        return new RegisteredPerson(cccd, cmnd, fullName, birthDate, gender, phone, insurance, home.commune().code(),
                home.address(), home.householdId());
    }

    /** The beneficiary group code of a health-insurance card for someone of this age. */
    private String insuranceGroup(int age) {
        if (age < 6) {
            return "TE"; // children under six
        }
        if (age < 18) {
            return "HS"; // pupils
        }
        int draw = random.nextInt(100);
        if (age < 23) {
            return draw < 50 ? "SV" : "GD";
        }
        if (age < 60) {
            return draw < 45 ? "DN" : draw < 55 ? "HC" : draw < 92 ? "GD" : draw < 96 ? "HN" : "CN";
        }
        return draw < 50 ? "HT" : draw < 88 ? "GD" : "CC";
    }
}
