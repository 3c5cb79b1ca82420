package vn.qrqg.health.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.health.CardRulesChanged;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.platform.database.Freshness;
import vn.qrqg.platform.database.Notifications;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * The provinces' COVID card rules: every version in {@code health_card_rules}, read by each
 * instance into memory and read again when an upload through any instance is notified on
 * {@link #CHANNEL} (as it commits), or once older than the cache's time to live should the
 * notification be lost. Provinces
 * without a version follow the national default. Thread-safe.
 */
final class CardRules {
    /** Notified, with the province's code, when a province's rules were uploaded. */
    static final String CHANNEL = "qrqg_card_rules";

    /** {@code stamp}: when its reading began ({@link Freshness#stamp}). */
    private record Snapshot(Map<String, List<RuleVersion>> byProvince, long stamp) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final Freshness freshness;
    private final RuleSet nationalDefault;
    private final AdministrativeAreas areas;
    private final EventOutbox events;
    private final Notifications notifications;
    private final ReentrantLock reloading = new ReentrantLock();
    private volatile Snapshot snapshot;

    CardRules(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, Clock clock, Duration timeToLive,
            RuleSet nationalDefault, AdministrativeAreas areas, EventOutbox events, Notifications notifications) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.freshness = new Freshness(timeToLive);
        this.notifications = notifications;
        notifications.subscribe(CHANNEL, province -> freshness.invalidate(), freshness::invalidate);
        this.nationalDefault = nationalDefault;
        this.areas = areas;
        this.events = events;
    }

    RuleSet nationalDefault() {
        return nationalDefault;
    }

    /** The rules a card in {@code provinceCode} follows over time; {@code null}: the national default always. */
    RuleTimeline timeline(String provinceCode) {
        if (provinceCode == null) {
            return RuleTimeline.always(nationalDefault, RuleTimeline.Whose.nationalDefault());
        }
        String province = areas.province(provinceCode).map(AdministrativeAreas.Province::name).orElse(provinceCode);
        List<RuleVersion> versions = versions(provinceCode);
        if (versions.isEmpty()) {
            return RuleTimeline.always(nationalDefault, RuleTimeline.Whose.followsDefault(province));
        }
        List<RuleVersion> byStart = byStart(versions);
        return new RuleTimeline() {
            @Override
            public InForce at(Instant at) {
                RuleVersion inForce = inForce(byStart, at).orElse(null);
                if (inForce == null || inForce.ruleSet().mode() == RuleSet.Mode.NATIONAL_DEFAULT) {
                    return new InForce(nationalDefault, RuleTimeline.Whose.followsDefault(province));
                }
                return new InForce(inForce.ruleSet(), RuleTimeline.Whose.ownVersion(province, inForce.version()));
            }

            @Override
            public Optional<Instant> nextChangeAfter(Instant at) {
                return byStart.stream().map(RuleVersion::effectiveFrom).filter(start -> start.isAfter(at)).findFirst();
            }
        };
    }

    /** The province's version in force at {@code at}; empty when none is (yet): the national default. */
    Optional<RuleVersion> inForce(String provinceCode, Instant at) {
        return inForce(byStart(versions(provinceCode)), at);
    }

    private static List<RuleVersion> byStart(List<RuleVersion> versions) {
        return versions.stream().sorted(Comparator.comparing(RuleVersion::effectiveFrom)
                .thenComparing(RuleVersion::version)).toList();
    }

    /** Of versions sorted by start, the last that began by {@code at}: a later upload wins a tie. */
    private static Optional<RuleVersion> inForce(List<RuleVersion> byStart, Instant at) {
        RuleVersion inForce = null;
        for (RuleVersion version : byStart) {
            if (!version.effectiveFrom().isAfter(at)) {
                inForce = version;
            }
        }
        return Optional.ofNullable(inForce);
    }

    /** Every version of the province, oldest first. */
    List<RuleVersion> versions(String provinceCode) {
        return current().byProvince().getOrDefault(provinceCode, List.of());
    }

    /**
     * Whether the national default or any version of any province's rules, past, in force or to
     * come, has an {@code EXPOSED} condition; when none has, no alert can change anyone's card.
     * As fresh as this instance's rules (a notified upload at once, {@link #CHANNEL}).
     */
    boolean anyAskExposures() {
        return nationalDefault.asksExposures() || current().byProvince().values().stream().flatMap(List::stream)
                .anyMatch(version -> version.ruleSet().asksExposures());
    }

    /** Every province that has versions, with them. */
    Map<String, List<RuleVersion>> all() {
        return current().byProvince();
    }

    /**
     * Stores the next version of the province's rules, in force from {@code effectiveFrom} (now when
     * {@code null}; never in the past), and applies it on this instance at once. Publishes
     * {@link CardRulesChanged} with it.
     */
    RuleVersion upload(String provinceCode, RuleSet ruleSet, Instant effectiveFrom, String uploadedBy) {
        // to the second: a person's own card is evaluated at the second (HolderHealth), and rules
        // that began 0.4 s after it would not apply yet to a card read in that same second
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (effectiveFrom != null && effectiveFrom.isBefore(now)) {
            throw new InvalidFieldException("effectiveFrom", "must not lie in the past: leave it out to take effect now");
        }
        Instant from = effectiveFrom == null ? now : effectiveFrom;
        String rules = ruleSet.mode() == RuleSet.Mode.RULES ? json.writeValueAsString(RuleSetJson.json(ruleSet.rules())) : null;
        Integer version = transactions.execute(status -> {
            // one upload of a province at a time, on any instance: versions count without gaps
            jdbc.sql("select pg_advisory_xact_lock(hashtext('health_card_rules:' || :province))")
                    .param("province", provinceCode).query().singleRow();
            Integer stored = jdbc.sql("""
                            insert into health_card_rules
                                (province_code, version, effective_from, mode, rules, uploaded_at, uploaded_by)
                            select :province, coalesce(max(version), 0) + 1, :from, :mode, cast(:rules as jsonb), :now, :by
                            from health_card_rules where province_code = :province
                            returning version""")
                    .param("province", provinceCode).param("from", Timestamp.from(from))
                    .param("mode", ruleSet.mode().name()).param("rules", rules)
                    .param("now", Timestamp.from(now)).param("by", uploadedBy)
                    .query(Integer.class).single();
            // the wall clock's now: the admin action happened now, even while a test stops the platform's clock
            events.publish(new CardRulesChanged(provinceCode, stored, ruleSet.mode().name(), from, uploadedBy,
                    Instant.now()));
            notifications.notify(CHANNEL, provinceCode);
            return stored;
        });
        reloading.lock(); // after any reload that began before the commit, so that none undoes this one
        try {
            reload();
        } finally {
            reloading.unlock();
        }
        return versions(provinceCode).stream().filter(v -> v.version() == version).findFirst().orElseThrow();
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null || !freshness.isFresh(current.stamp())) {
            if (current == null) {
                reloading.lock(); // the first reader waits; later ones keep the old snapshot meanwhile
            } else if (!reloading.tryLock()) {
                return current;
            }
            try {
                if (snapshot == current) {
                    reload();
                }
            } finally {
                reloading.unlock();
            }
        }
        return snapshot;
    }

    /** Under {@code reloading}. */
    private void reload() {
        long stamp = freshness.stamp();
        List<RuleVersion> versions = jdbc.sql("""
                        select province_code, version, effective_from, mode, rules::text as rules, uploaded_at, uploaded_by
                        from health_card_rules order by province_code, version""")
                .query((row, i) -> new RuleVersion(row.getString("province_code"), row.getInt("version"),
                        row.getTimestamp("effective_from").toInstant(),
                        RuleSetJson.stored(RuleSet.Mode.valueOf(row.getString("mode")),
                                row.getString("rules") == null ? null : json.readTree(row.getString("rules"))),
                        row.getTimestamp("uploaded_at").toInstant(), row.getString("uploaded_by")))
                .list();
        snapshot = new Snapshot(versions.stream().collect(Collectors.groupingBy(RuleVersion::provinceCode,
                Collectors.toUnmodifiableList())), stamp);
    }
}
