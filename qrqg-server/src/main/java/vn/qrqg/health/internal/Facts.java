package vn.qrqg.health.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.health.CovidTest;
import vn.qrqg.health.ExposureHistory;
import vn.qrqg.health.PersonHealthRecords;
import vn.qrqg.health.Recovery;

/**
 * One person's records as the COVID card's conditions see them: whether a condition holds at an
 * instant and on which records ({@link CardFact}), and the instants at which it starts or stops holding.
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
    Optional<CardFact> holds(Condition condition, Instant at) {
        LocalDate today = VietnamTime.dateOf(at);
        return switch (condition) {
            case Condition.Vaccinated v -> doses.reaching(v.doses())
                    .filter(day -> ChronoUnit.DAYS.between(day.date(), today) >= v.days())
                    .map(day -> new CardFact.Dosed(day, today, v.days()));
            case Condition.Recovered r -> records.recoveries().stream() // newest first
                    .filter(recovery -> !recovery.recoveredAt().toInstant().isAfter(at))
                    .filter(recovery -> daysBetween(recovery, today) <= r.withinDays())
                    .findFirst()
                    .map(recovery -> new CardFact.Recovered(recovery, today, r.withinDays()));
            case Condition.Tested t -> records.tests().stream() // newest first
                    .filter(test -> matches(t, test) && !test.sampledAt().toInstant().isAfter(at))
                    .filter(test -> Duration.between(test.sampledAt().toInstant(), at)
                            .compareTo(Duration.ofHours(t.withinHours())) <= 0)
                    .findFirst()
                    .map(test -> new CardFact.Tested(test, at, t.withinHours()));
            case Condition.Exposed e -> exposures().stream()
                    .filter(exposure -> e.counts(exposure.level()) && !exposure.from().isAfter(at))
                    .filter(exposure -> daysSince(exposure, today) <= e.withinDays())
                    .max(Comparator.comparing(ExposureHistory.Exposure::to)) // the one that holds longest
                    .map(exposure -> new CardFact.Exposed(exposure, today, e.withinDays()));
            case Condition.AgeUnder a -> born == null || !today.isBefore(born.plusYears(a.years())) ? Optional.empty()
                    : Optional.of(new CardFact.Aged(Period.between(born, today).getYears(), a.years()));
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

    /** The records up to {@code at}: the doses, the last recovery, the last test. */
    CardFact.Records summary(Instant at) {
        LocalDate today = VietnamTime.dateOf(at);
        return new CardFact.Records(doses.asOf(today).orElse(null),
                records.recoveries().stream().filter(recovery -> !recovery.recoveredAt().toInstant().isAfter(at))
                        .findFirst().orElse(null),
                records.tests().stream().filter(test -> !test.sampledAt().toInstant().isAfter(at)).findFirst()
                        .orElse(null),
                today, at);
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
}
