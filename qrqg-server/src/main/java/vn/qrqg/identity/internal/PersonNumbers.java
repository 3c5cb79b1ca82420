package vn.qrqg.identity.internal;

/**
 * Unique numbers for synthetic people without remembering the ones given out: each is a
 * counter passed through a bijection of its number space (multiplication by a number coprime
 * to the power of ten, plus an offset), so numbers look random and never repeat.
 */
final class PersonNumbers {
    private static final int SERIALS = 1_000_000;
    private static final long CMNDS = 1_000_000_000L;
    private static final long INSURANCE_SERIALS = 10_000_000_000L;

    /** Serials handed out per (province of birth, gender/century digit, two-digit year). */
    private final int[] cccdCounters = new int[100 * 10 * 100];
    private long cmndCounter;

    /** {@code 0}, province of birth, gender/century digit, two-digit year, a 6-digit serial. */
    String cccd(String provinceCode, int genderCenturyDigit, int birthYear) {
        int yy = birthYear % 100;
        int bucket = (Integer.parseInt(provinceCode) * 10 + genderCenturyDigit) * 100 + yy;
        int counter = cccdCounters[bucket]++;
        if (counter >= SERIALS) {
            throw new IllegalStateException("more than a million people born in one province, year and gender");
        }
        long serial = ((long) counter * 741_457L + bucket * 104_729L) % SERIALS;
        return "0" + provinceCode + genderCenturyDigit + digits(yy, 2) + digits(serial, 6);
    }

    /** An old 9-digit CMND number. */
    String cmnd() {
        long n = (cmndCounter++ * 387_420_489L + 104_729L) % CMNDS;
        return digits(n, 9);
    }

    /**
     * A health-insurance card number: the 2-letter beneficiary group, the benefit level digit,
     * the 2-digit province and a 10-digit social-insurance number unique per person.
     */
    String insurance(String group, String provinceCode, long personIndex) {
        char level = switch (group) {
            case "TE", "CC" -> '1';
            case "HN", "CN" -> '2';
            case "HT" -> '3';
            default -> '4';
        };
        long serial = Math.floorMod(personIndex * 3_141_592_653L + 271_828L, INSURANCE_SERIALS);
        return group + level + provinceCode + digits(serial, 10);
    }

    /** {@code value} as exactly {@code width} decimal digits, zero-padded. */
    static String digits(long value, int width) {
        char[] out = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return new String(out);
    }
}
