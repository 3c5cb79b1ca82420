package vn.qrqg.health.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.health.CovidTest;
import vn.qrqg.health.ExposureHistory;
import vn.qrqg.health.PersonHealthRecords;
import vn.qrqg.health.Recovery;
import vn.qrqg.health.TestType;

/**
 * One person's records as the COVID card's conditions see them: whether a condition holds at an
 * instant and on which records (in words), and the instants at which it starts or stops holding.
 * A record dated after the instant asked about does not count yet. The person's exposures are
 * asked for the first time an {@code EXPOSED} condition needs them, and once: a card whose rules
 * have none costs no query for them. One card's evaluation: not thread-safe.
 */
final class Facts {
    private final PersonHealthRecords records;
    /** The earliest day the person can have been born on; {@code null}: unknown. */
    private final LocalDate born;
    private final Doses doses;
    private final Supplier<List<ExposureHistory.Exposure>> exposureQuery;
    private List<ExposureHistory.Exposure> exposures;

    /** @param birthDate as the registry holds it; {@code null}: unknown, and no age condition holds */
    Facts(PersonHealthRecords records, BirthDate birthDate, Supplier<List<ExposureHistory.Exposure>> exposures) {
        this.records = records;
        this.born = birthDate == null ? null
                : LocalDate.of(birthDate.year(), Math.max(1, birthDate.month()), Math.max(1, birthDate.day()));
        this.doses = new Doses(records.vaccinations());
        this.exposureQuery = exposures;
    }

    /** Why {@code condition} holds at {@code at}; empty when it does not. */
    Optional<String> holds(Condition condition, Instant at) {
        LocalDate today = VietnamTime.dateOf(at);
        return switch (condition) {
            case Condition.Vaccinated v -> doses.reaching(v.doses())
                    .filter(day -> ChronoUnit.DAYS.between(day.date(), today) >= v.days())
                    .map(day -> doses(day, today) + (v.days() > 0 ? " (" + v.days() + " or more needed)" : ""));
            case Condition.Recovered r -> records.recoveries().stream() // newest first
                    .filter(recovery -> !recovery.recoveredAt().toInstant().isAfter(at))
                    .filter(recovery -> daysBetween(recovery, today) <= r.withinDays())
                    .findFirst()
                    .map(recovery -> recovered(recovery, today) + " (within " + r.withinDays() + ")");
            case Condition.Tested t -> records.tests().stream() // newest first
                    .filter(test -> matches(t, test) && !test.sampledAt().toInstant().isAfter(at))
                    .filter(test -> Duration.between(test.sampledAt().toInstant(), at)
                            .compareTo(Duration.ofHours(t.withinHours())) <= 0)
                    .findFirst()
                    .map(test -> tested(test, at) + " (within " + t.withinHours() + ")");
            case Condition.Exposed e -> exposures().stream()
                    .filter(exposure -> e.counts(exposure.level()) && !exposure.from().isAfter(at))
                    .filter(exposure -> daysSince(exposure, today) <= e.withinDays())
                    .max(Comparator.comparing(ExposureHistory.Exposure::to)) // the one that holds longest
                    .map(exposure -> exposed(exposure, today) + " (within " + e.withinDays() + ")");
            case Condition.AgeUnder a -> born == null || !today.isBefore(born.plusYears(a.years())) ? Optional.empty()
                    : Optional.of(age(Period.between(born, today).getYears()) + " (under " + a.years() + ")");
        };
    }

    /** Every instant at which {@code condition} may start or stop holding. */
    List<Instant> flips(Condition condition) {
        List<Instant> flips = new ArrayList<>();
        switch (condition) {
            case Condition.Vaccinated v -> doses.reaching(v.doses())
                    .ifPresent(day -> flips.add(VietnamTime.startOf(day.date().plusDays(v.days()))));
            case Condition.Recovered r -> records.recoveries().forEach(recovery -> {
                Instant recoveredAt = recovery.recoveredAt().toInstant();
                flips.add(recoveredAt);
                flips.add(VietnamTime.startOf(VietnamTime.dateOf(recoveredAt).plusDays(r.withinDays() + 1L)));
            });
            case Condition.Tested t -> records.tests().stream().filter(test -> matches(t, test)).forEach(test -> {
                Instant sampledAt = test.sampledAt().toInstant();
                flips.add(sampledAt);
                flips.add(sampledAt.plus(Duration.ofHours(t.withinHours())).plusNanos(1));
            });
            case Condition.Exposed e -> exposures().stream().filter(exposure -> e.counts(exposure.level()))
                    .forEach(exposure -> {
                        flips.add(exposure.from());
                        flips.add(VietnamTime.startOf(VietnamTime.dateOf(exposure.to()).plusDays(e.withinDays() + 1L)));
                    });
            case Condition.AgeUnder a -> {
                if (born != null) {
                    flips.add(VietnamTime.startOf(born.plusYears(a.years())));
                }
            }
        }
        return flips;
    }

    /** The records up to {@code at} in a few words: the doses, the last recovery, the last test. */
    String summary(Instant at) {
        LocalDate today = VietnamTime.dateOf(at);
        String vaccinated = doses.asOf(today).map(day -> doses(day, today)).orElse("no dose");
        String recovered = records.recoveries().stream()
                .filter(recovery -> !recovery.recoveredAt().toInstant().isAfter(at)).findFirst()
                .map(recovery -> recovered(recovery, today)).orElse("no recovery");
        String tested = records.tests().stream()
                .filter(test -> !test.sampledAt().toInstant().isAfter(at)).findFirst()
                .map(test -> "last test: " + tested(test, at)).orElse("no test");
        return vaccinated + "; " + recovered + "; " + tested;
    }

    private List<ExposureHistory.Exposure> exposures() {
        if (exposures == null) {
            exposures = List.copyOf(exposureQuery.get());
        }
        return exposures;
    }

    private static boolean matches(Condition.Tested condition, CovidTest test) {
        return test.result() == condition.result() && (condition.testType() == null || test.type() == condition.testType());
    }

    private static long daysBetween(Recovery recovery, LocalDate today) {
        return ChronoUnit.DAYS.between(VietnamTime.dateOf(recovery.recoveredAt().toInstant()), today);
    }

    /** Calendar days from the exposure's end to {@code today}: negative while it goes on past today. */
    private static long daysSince(ExposureHistory.Exposure exposure, LocalDate today) {
        return ChronoUnit.DAYS.between(VietnamTime.dateOf(exposure.to()), today);
    }

    /** The level and the day it ended: never where, nor anyone else. */
    private static String exposed(ExposureHistory.Exposure exposure, LocalDate today) {
        return "exposed as " + exposure.level() + " on " + VietnamTime.dateOf(exposure.to()) + ", "
                + ago(Math.max(0, daysSince(exposure, today)), "day");
    }

    private static String doses(Doses.Day day, LocalDate today) {
        String count = day.doses() == 1 ? "1 dose" : day.doses() + " doses";
        return count + (day.singleDose() ? " (single-dose vaccine)" : "") + ", the last " + day.last().product()
                + " on " + day.date() + ", " + ago(ChronoUnit.DAYS.between(day.date(), today), "day");
    }

    private static String recovered(Recovery recovery, LocalDate today) {
        return "recovered on " + VietnamTime.dateOf(recovery.recoveredAt().toInstant()) + ", "
                + ago(daysBetween(recovery, today), "day");
    }

    private static String tested(CovidTest test, Instant at) {
        String type = test.type() == TestType.PCR ? "PCR" : "rapid antigen";
        return test.result().name().toLowerCase(Locale.ROOT) + " " + type + " test sampled "
                + VietnamTime.minutes(test.sampledAt().toInstant()) + ", "
                + ago(Duration.between(test.sampledAt().toInstant(), at).toHours(), "hour");
    }

    private static String age(int years) {
        return years + (years == 1 ? " year" : " years") + " old";
    }

    private static String ago(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s") + " ago";
    }
}
