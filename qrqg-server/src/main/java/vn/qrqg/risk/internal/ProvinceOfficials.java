package vn.qrqg.risk.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.risk.NotYourProvinceException;
import vn.qrqg.risk.RiskLevelChanged;
import vn.qrqg.risk.RiskLevelDeclared;
import vn.qrqg.risk.TreatmentCapacityEntered;

/**
 * What province officials (scope {@code risk:write}) enter: treatment capacity and declared
 * levels, each only for a province their app covers, audited (a privileged action), and on the
 * public map at once: today's assessment of the province is redone with it, and the answers kept
 * in memory dropped.
 */
final class ProvinceOfficials {
    private final Capacities capacities;
    private final Declarations declarations;
    private final LevelRepository levels;
    private final RiskAssessment assessment;
    private final AnswerCache cache;
    private final EventOutbox events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ProvinceOfficials(Capacities capacities, Declarations declarations, LevelRepository levels, RiskAssessment assessment,
            AnswerCache cache, EventOutbox events, TransactionTemplate transactions, Clock clock) {
        this.capacities = capacities;
        this.declarations = declarations;
        this.levels = levels;
        this.assessment = assessment;
        this.cache = cache;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(VietnamTime.ZONE));
    }

    /** @param effectiveFrom null: today; never before today */
    Capacities.Capacity enterCapacity(String provinceCode, boolean met, String note, LocalDate effectiveFrom,
            CallingClient official) {
        requireCovers(official, provinceCode);
        LocalDate from = from(effectiveFrom);
        Capacities.Capacity capacity = new Capacities.Capacity(provinceCode, met, note, from, clock.instant(),
                official.clientId());
        transactions.executeWithoutResult(status -> {
            capacities.enter(capacity);
            events.publish(new TreatmentCapacityEntered(provinceCode, met, from, official.clientId(), Instant.now()));
        });
        if (!from.isAfter(today())) {
            assessment.reassess(today(), provinceCode);
        }
        cache.clear();
        return capacity;
    }

    /**
     * Declares the commune's level from {@code effectiveFrom} (null: today), or lifts its
     * declaration ({@code level} null, with no reason nor decision).
     */
    Declarations.Declaration declare(String communeCode, String provinceCode, Integer level, String reason,
            String decisionNumber, LocalDate effectiveFrom, CallingClient official) {
        requireCovers(official, provinceCode);
        LocalDate from = from(effectiveFrom);
        LocalDate today = today();
        Declarations.Declaration declaration = new Declarations.Declaration(UUID.randomUUID(), communeCode, provinceCode,
                level, reason, decisionNumber, from, clock.instant(), official.clientId());
        transactions.executeWithoutResult(status -> {
            Declarations.Declaration before = declarations.inForce(today).get(communeCode);
            declarations.add(declaration);
            events.publish(new RiskLevelDeclared(communeCode, level, decisionNumber, from, official.clientId(),
                    Instant.now()));
            if (!from.isAfter(today)) {
                Integer computed = computedToday(communeCode, today);
                Integer was = before != null ? before.level() : computed;
                Integer now = level != null ? level : computed;
                if (!Objects.equals(was, now)) {
                    events.publish(new RiskLevelChanged(communeCode, today, was, now, level != null, Instant.now()));
                }
            }
        });
        cache.clear();
        return declaration;
    }

    private Integer computedToday(String communeCode, LocalDate today) {
        return levels.lastAssessedBy(today).map(levels::day).map(RiskAssessment::byCode)
                .map(rows -> rows.get(communeCode)).map(LevelRepository.Assessed::computedLevel).orElse(null);
    }

    /** The declarations in force today, by commune. */
    Map<String, Declarations.Declaration> declaredToday() {
        return declarations.inForce(today());
    }

    private LocalDate from(LocalDate effectiveFrom) {
        if (effectiveFrom != null && effectiveFrom.isBefore(today())) {
            throw new InvalidFieldException("effectiveFrom", "must not lie in the past: leave it out to apply from today");
        }
        return effectiveFrom == null ? today() : effectiveFrom;
    }

    private static void requireCovers(CallingClient official, String provinceCode) {
        if (!official.covers(provinceCode)) {
            throw new NotYourProvinceException(provinceCode);
        }
    }
}
