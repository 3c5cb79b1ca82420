package vn.qrqg.health.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.qrqg.health.TestResult;
import vn.qrqg.health.TestType;
import vn.qrqg.identity.RegisteredPerson;

/**
 * The reference records of one synthetic person, relative to the instant of seeding: most adults
 * with two doses (some a third), some with one, some with none, a few with Janssen's single dose;
 * some with a recent test, some recovered. The same person index gives the same records relative
 * to the same instant. Source ids name the index, never the person.
 */
final class SeedRecords {
    static final long SEED = 20210911L;
    private static final String[] PRIMARY = {"EU/1/21/1529", "BBIBP-CorV", "EU/1/20/1528", "EU/1/20/1507", "Sputnik-V",
        "Abdala", "Hayat-Vax"};
    private static final double[] PRIMARY_SHARE = {0.38, 0.25, 0.22, 0.09, 0.03, 0.02, 0.01};

    /** One record to seed. */
    record Seeded(String sourceId, RecordContent content) {
    }

    /**
     * @param site a vaccination site near the person, e.g. "Trạm Y tế Phường Ba Đình"
     * @param lab the province's laboratory, also the recovery's certifying facility
     */
    List<Seeded> of(long index, RegisteredPerson person, Instant now, String site, String lab) {
        SplittableRandom random = new SplittableRandom(SEED * 1_000_003L + index);
        LocalDate today = VietnamTime.dateOf(now);
        int age = today.getYear() - person.birthDate().year();
        List<Seeded> records = new ArrayList<>();
        String prefix = "seed:" + index + ":";
        List<LocalDate> doses = new ArrayList<>();
        List<String> products = new ArrayList<>();
        int roll = random.nextInt(100);
        if (age >= 18 && roll < 3) {
            doses.add(today.minusDays(random.nextInt(400)));
            products.add("EU/1/20/1525");
        } else if (age >= 5 && roll < (age >= 18 ? 78 : age >= 12 ? 88 : 55)) {
            String primary = age >= 18 ? pick(random) : random.nextInt(10) < 7 ? "EU/1/20/1528" : "EU/1/20/1507";
            boolean booster = age >= 18 && random.nextInt(100) < 40;
            LocalDate last = today.minusDays(random.nextInt(100) < 6 ? random.nextInt(14) : 14 + random.nextInt(486));
            if (booster) {
                doses.addFirst(last);
                products.addFirst(random.nextBoolean() ? "EU/1/20/1528" : "EU/1/20/1507");
                last = last.minusDays(120 + random.nextInt(120));
            }
            doses.addFirst(last);
            doses.addFirst(last.minusDays(21 + random.nextInt(70)));
            products.addFirst(primary);
            products.addFirst(primary);
        } else if (age >= 5 && roll < (age >= 18 ? 90 : age >= 12 ? 95 : 70)) {
            doses.add(today.minusDays(random.nextInt(100) < 25 ? random.nextInt(14) : 14 + random.nextInt(286)));
            products.add(age >= 18 ? pick(random) : "EU/1/20/1528");
        }
        for (int i = 0; i < doses.size(); i++) {
            records.add(new Seeded(prefix + "v" + (i + 1), new RecordContent.VaccinationContent(doses.get(i), i + 1,
                    products.get(i), lot(random), site)));
        }
        if (random.nextInt(100) < 6) {
            Instant confirmed = now.minus(15 + random.nextInt(385), ChronoUnit.DAYS)
                    .minus(random.nextInt(600), ChronoUnit.MINUTES);
            Instant recovered = confirmed.plus(10 + random.nextInt(12), ChronoUnit.DAYS);
            records.add(new Seeded(prefix + "t0", new RecordContent.TestContent(TestType.PCR,
                    confirmed.minus(20, ChronoUnit.HOURS), TestResult.POSITIVE, lab)));
            records.add(new Seeded(prefix + "r1", new RecordContent.RecoveryContent(confirmed,
                    recovered.isAfter(now) ? now : recovered, lab)));
        }
        if (random.nextInt(100) < 12) {
            records.add(new Seeded(prefix + "t1", new RecordContent.TestContent(
                    random.nextInt(10) < 6 ? TestType.PCR : TestType.RAPID_ANTIGEN,
                    now.minus(random.nextInt(120 * 60), ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES),
                    random.nextInt(100) < 93 ? TestResult.NEGATIVE : TestResult.POSITIVE, lab)));
        }
        return records;
    }

    private static String pick(SplittableRandom random) {
        double at = random.nextDouble();
        for (int i = 0; i < PRIMARY.length; i++) {
            at -= PRIMARY_SHARE[i];
            if (at < 0) {
                return PRIMARY[i];
            }
        }
        return PRIMARY[0];
    }

    private static String lot(SplittableRandom random) {
        return (char) ('A' + random.nextInt(26)) + String.format("%05d", random.nextInt(100_000));
    }
}
