package vn.qrqg.bench.load;

import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.document.CccdNumber;

/**
 * The generator's own people: valid CCCD numbers (province of birth, gender/century digit and
 * birth year agree with the person) and Vietnamese names with diacritics. Person {@code i} of a
 * seed is always the same person, whatever else was generated, so the CSV imported into the
 * registry and the declarations sent later match.
 *
 * <p>Within one seed every CCCD is different: the six-digit serial is a bijection of the index
 * over 000000–999999, hence the limit of a million people. Different seeds may rarely share a
 * number; the import then updates that person, which is harmless on a benchmark database.
 */
final class SyntheticPeople {
    static final int MAX = 1_000_000;

    /** Two-digit codes the codec accepts as a province of birth; asking the codec keeps one source of truth. */
    static final List<String> PROVINCES = IntStream.range(0, 100)
            .mapToObj(code -> String.format("%02d", code))
            .filter(SyntheticPeople::isProvinceOfBirth)
            .toList();

    private final long seed;
    private final int size;
    private final long multiplier;
    private final long offset;

    SyntheticPeople(long seed, int size) {
        if (size < 1 || size > MAX) {
            throw new IllegalArgumentException("between 1 and " + MAX + " people, not " + size);
        }
        this.seed = seed;
        this.size = size;
        // a·i + b mod 10^6 is a bijection when a shares no factor (2 or 5) with 10^6
        long a = 2 * Math.floorMod(mix(seed ^ 0xA5A5A5A5L), 500_000L) + 1;
        this.multiplier = a % 5 == 0 ? a + 2 : a;
        this.offset = Math.floorMod(mix(seed ^ 0x5A5A5A5AL), (long) MAX);
    }

    int size() {
        return size;
    }

    Person get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        SplittableRandom random = new SplittableRandom(mix(seed + 0x9E3779B97F4A7C15L * (index + 1)));
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        int year = 1945 + random.nextInt(63); // adults born 1945–2007
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(YearMonth.of(year, month).lengthOfMonth());
        String province = PROVINCES.get(random.nextInt(PROVINCES.size()));
        long serial = (multiplier * index + offset) % MAX;
        String cccd = "0" + province + CccdNumber.genderCenturyDigit(gender, year) + digits(year % 100, 2)
                + digits(serial, 6);
        String phone = "0" + "35789".charAt(random.nextInt(5)) + digits(random.nextInt(100_000_000), 8);
        return new Person(cccd, VietnameseNamePool.fullName(gender, random),
                year + "-" + digits(month, 2) + "-" + digits(day, 2), gender, phone);
    }

    /** The registry import file of people {@code from} (inclusive) to {@code to} (exclusive). */
    String csv(int from, int to) {
        StringBuilder csv = new StringBuilder(Person.CSV_HEADER.length() + (to - from) * 72).append(Person.CSV_HEADER);
        for (int i = from; i < to; i++) {
            csv.append(get(i).csvRow());
        }
        return csv.toString();
    }

    /** The social-insurance import file of the cards of people {@code from} (inclusive) to {@code to} (exclusive). */
    String cardsCsv(int from, int to) {
        StringBuilder csv = new StringBuilder(Person.CARD_CSV_HEADER.length() + (to - from) * 48)
                .append(Person.CARD_CSV_HEADER);
        for (int i = from; i < to; i++) {
            csv.append(get(i).cardCsvRow());
        }
        return csv.toString();
    }

    private static boolean isProvinceOfBirth(String code) {
        try {
            CccdNumber.decode("0" + code + "090" + "000000", "province"); // a man born in 1990
            return true;
        } catch (QrFormatException e) {
            return false;
        }
    }

    /** {@code value} with leading zeros to {@code width} digits; String.format costs more than the rest of a person. */
    private static String digits(long value, int width) {
        String text = Long.toString(value);
        return "0".repeat(Math.max(0, width - text.length())) + text;
    }

    /** SplitMix64's finaliser: nearby seeds and indexes give unrelated streams. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
