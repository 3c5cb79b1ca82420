package vn.qrqg.risk.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.health.VaccinationCoverage;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.PopulationCount;
import vn.qrqg.identity.PopulationCounts;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.risk.RiskLevelChanged;
import vn.qrqg.tracing.CaseCounts;

/**
 * Assesses every commune and province for a day (docs/risk.md, "How a level is computed"): the
 * week's cases to that day by commune of residence, the registry's population and the
 * vaccinations by commune and year of birth, each province's treatment capacity, and the
 * criteria in force. Stores the day's levels, replacing an earlier assessment of the same day,
 * and publishes {@link RiskLevelChanged} for every locality whose applying level changed.
 */
final class RiskAssessment {
    static final int WEEK = 7;

    /** What one assessment did, for the operator who asked and for the log. */
    record Outcome(LocalDate date, int communes, int provinces, int changed, long millis) {
    }

    private final AdministrativeAreas areas;
    private final PopulationCounts population;
    private final VaccinationCoverage coverage;
    private final CaseCounts cases;
    private final CriteriaVersions criteria;
    private final Capacities capacities;
    private final Declarations declarations;
    private final LevelRepository levels;
    private final EventOutbox events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RiskAssessment(AdministrativeAreas areas, PopulationCounts population, VaccinationCoverage coverage,
            CaseCounts cases, CriteriaVersions criteria, Capacities capacities, Declarations declarations,
            LevelRepository levels, EventOutbox events, TransactionTemplate transactions, Clock clock) {
        this.areas = areas;
        this.population = population;
        this.coverage = coverage;
        this.cases = cases;
        this.criteria = criteria;
        this.capacities = capacities;
        this.declarations = declarations;
        this.levels = levels;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Assesses every locality for {@code day}.
     *
     * @throws vn.qrqg.identity.RegistryUnavailableException when the registry cannot give the population
     */
    Outcome assess(LocalDate day) {
        long started = System.nanoTime();
        Map<String, Tally> communes = new HashMap<>();
        Map<String, Tally> provinces = new HashMap<>();
        for (AdministrativeAreas.Province province : areas.provinces()) {
            provinces.put(province.code(), new Tally());
            areas.communesOf(province.code()).forEach(commune -> communes.put(commune.code(), new Tally()));
        }
        for (PopulationCount count : population.byCommuneAndBirthYear()) {
            Tally tally = communes.get(count.communeCode());
            if (tally != null) {
                tally.addPeople(count.birthYear(), count.people());
            }
        }
        for (VaccinationCoverage.Count count : coverage.asOf(day)) {
            Tally tally = communes.get(count.communeCode());
            if (tally != null) {
                tally.addVaccinated(count.birthYear(), count.atLeastOneDose(), count.completed());
            }
        }
        for (CaseCounts.Count count : cases.sampledBetween(day.minusDays(WEEK - 1), day)) {
            Tally tally = count.communeCode() == null ? null : communes.get(count.communeCode());
            if (tally == null && count.provinceCode() != null) {
                tally = provinces.get(count.provinceCode()); // counts for its province, if for no commune
            }
            if (tally != null) {
                tally.addCases(count.cases());
            }
        }
        Map<String, Capacities.Capacity> capacity = capacities.inForce(day);
        Map<String, LevelRepository.Assessed> previous = byCode(levels.day(day.minusDays(1)));
        Instant now = clock.instant();
        List<LevelRepository.Assessed> rows = new ArrayList<>(communes.size() + provinces.size());
        for (AdministrativeAreas.Province province : areas.provinces()) {
            CriteriaVersions.Version version = criteria.inForce(province.code(), day);
            Boolean capacityMet = capacityOf(capacity, province.code());
            Tally whole = provinces.get(province.code());
            for (AdministrativeAreas.Commune commune : areas.communesOf(province.code())) {
                Tally tally = communes.get(commune.code());
                whole.add(tally);
                rows.add(evaluate(day, commune.code(), version, tally.cases(), tally.population(),
                        tally.coverage(version.criteria().coverage(), day.getYear()), capacityMet,
                        previous.get(commune.code()), now));
            }
            rows.add(evaluate(day, province.code(), version, whole.cases(), whole.population(),
                    whole.coverage(version.criteria().coverage(), day.getYear()), capacityMet,
                    previous.get(province.code()), now));
        }
        int changed = store(day, rows, previous);
        return new Outcome(day, communes.size(), provinces.size(), changed, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Assesses the province and its communes for {@code day} again from what that day's assessment
     * counted, with the capacity and criteria in force now: an entry of its officials applies at
     * once. Nothing when the day was not assessed.
     */
    int reassess(LocalDate day, String provinceCode) {
        Map<String, LevelRepository.Assessed> stored = byCode(levels.day(day));
        Map<String, LevelRepository.Assessed> previous = byCode(levels.day(day.minusDays(1)));
        CriteriaVersions.Version version = criteria.inForce(provinceCode, day);
        Boolean capacityMet = capacityOf(capacities.inForce(day), provinceCode);
        Instant now = clock.instant();
        List<LevelRepository.Assessed> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>(areas.communesOf(provinceCode).stream()
                .map(AdministrativeAreas.Commune::code).toList());
        codes.add(provinceCode);
        for (String code : codes) {
            LevelRepository.Assessed before = stored.get(code);
            if (before != null) {
                rows.add(evaluate(day, code, version, before.cases(), before.population(), before.coverage(),
                        capacityMet, previous.get(code), now));
            }
        }
        return store(day, rows, previous);
    }

    private static Boolean capacityOf(Map<String, Capacities.Capacity> capacity, String provinceCode) {
        Capacities.Capacity entry = capacity.get(provinceCode);
        return entry == null ? null : entry.met();
    }

    private static LevelRepository.Assessed evaluate(LocalDate day, String code, CriteriaVersions.Version version,
            long cases, long population, List<LevelRepository.MeasureResult> coverage, Boolean capacityMet,
            LevelRepository.Assessed previous, Instant now) {
        boolean coverageMet = coverage.stream().allMatch(LevelRepository.MeasureResult::met);
        Integer level = version.criteria().level(cases, population, coverageMet, capacityMet,
                previous == null ? null : previous.computedLevel());
        LocalDate since = previous != null && Objects.equals(previous.computedLevel(), level) ? previous.computedSince() : day;
        return new LevelRepository.Assessed(day, code, level, since, cases, population, coverage, capacityMet,
                version.id(), now);
    }

    /**
     * Stores the rows, and in the same transaction an event for each locality whose applying level
     * differs from before: from the day's earlier assessment, or else the day before's.
     */
    private int store(LocalDate day, List<LevelRepository.Assessed> rows, Map<String, LevelRepository.Assessed> previous) {
        Map<String, Declarations.Declaration> declared = declarations.inForce(day);
        return transactions.execute(status -> {
            Map<String, LevelRepository.Assessed> earlier = byCode(levels.day(day));
            levels.put(rows);
            int changed = 0;
            for (LevelRepository.Assessed row : rows) {
                LevelRepository.Assessed before = earlier.getOrDefault(row.code(), previous.get(row.code()));
                Integer was = before == null ? null : applying(before, declared);
                Integer now = applying(row, declared);
                if (!Objects.equals(was, now)) {
                    events.publish(new RiskLevelChanged(row.code(), day, was, now, declared.containsKey(row.code()),
                            Instant.now()));
                    changed++;
                }
            }
            return changed;
        });
    }

    /** The level that applies: the declared one, else the computed one. */
    static Integer applying(LevelRepository.Assessed row, Map<String, Declarations.Declaration> declared) {
        Declarations.Declaration declaration = declared.get(row.code());
        return declaration != null ? declaration.level() : row.computedLevel();
    }

    static Map<String, LevelRepository.Assessed> byCode(List<LevelRepository.Assessed> rows) {
        return rows.stream().collect(Collectors.toMap(LevelRepository.Assessed::code, Function.identity()));
    }
}
