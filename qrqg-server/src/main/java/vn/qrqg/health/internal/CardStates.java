package vn.qrqg.health.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.transaction.support.TransactionOperations;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.health.CardChanged;
import vn.qrqg.health.CovidCard;
import vn.qrqg.health.CovidCards;
import vn.qrqg.health.PersonHealthRecords;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.issuance.citizens.IssuedQrs;
import vn.qrqg.platform.events.EventOutbox;

/**
 * The card last evaluated for each person an app holds a valid token for, evaluated again when
 * something may have changed it: {@link CardChanged} when its colour did, in the transaction that
 * stores the new one. The card is {@link CovidCards}', by the rules of the person's residence, as the
 * holder sees it. A state whose person holds no valid token any more, or is no longer in the
 * registry, is dropped when it is next evaluated, which is at least every {@link #REFRESHED_EVERY}.
 * Logs nothing: states name people. Thread-safe.
 */
public final class CardStates {
    /** Regulation 733's month: no state is older, evaluated again (or dropped) by then. */
    static final Duration REFRESHED_EVERY = Duration.ofDays(30);

    private final CardStateRepository repository;
    private final CovidCards cards;
    private final HealthRecordStore records;
    private final IssuedQrs issuedQrs;
    private final PopulationRegistry registry;
    private final HolderTokens tokens;
    private final EventOutbox events;
    private final TransactionOperations transactions;
    private final Clock clock;

    CardStates(CardStateRepository repository, CovidCards cards, HealthRecordStore records, IssuedQrs issuedQrs,
            PopulationRegistry registry, HolderTokens tokens, EventOutbox events, TransactionOperations transactions,
            Clock clock) {
        this.repository = repository;
        this.cards = cards;
        this.records = records;
        this.issuedQrs = issuedQrs;
        this.registry = registry;
        this.tokens = tokens;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Evaluates again the cards of these people that have a state, {@link CardStateWatch#AT_ONCE} at
     * a time, each in the caller's transaction (or one of its own): after their exposures changed.
     */
    public void reevaluate(Collection<Qid> qids) {
        List<Qid> all = List.copyOf(qids);
        for (int from = 0; from < all.size(); from += CardStateWatch.AT_ONCE) {
            List<Qid> some = all.subList(from, Math.min(all.size(), from + CardStateWatch.AT_ONCE));
            transactions.executeWithoutResult(status -> evaluate(repository.lock(some), now()));
        }
    }

    /**
     * In the transaction of a record just stored: the person's card, if it has a state, is due now.
     * {@link #recordsChanged} evaluates it once the push is in; should that never come (the process
     * stopped), {@link CardStateWatch} does within its interval.
     */
    void markDue(Qid qid) {
        repository.markDue(qid, now());
    }

    /**
     * Evaluates again the cards of people whose records a push just stored, all at once, as
     * {@link #reevaluate} does, with the people as the push found them in the registry, which is
     * not asked again: one evaluation per person and push, not per record.
     */
    void recordsChanged(Map<Qid, RegisteredPerson> people) {
        List<Qid> qids = List.copyOf(people.keySet());
        for (int from = 0; from < qids.size(); from += CardStateWatch.AT_ONCE) {
            List<Qid> some = qids.subList(from, Math.min(qids.size(), from + CardStateWatch.AT_ONCE));
            transactions.executeWithoutResult(status -> evaluate(repository.lock(some), now(), people));
        }
    }

    /**
     * Starts watching the person's card, when an app holds a valid token for them: its first state
     * publishes nothing, there being no colour before it. A state that exists is evaluated again.
     */
    void start(Qid qid) {
        transactions.executeWithoutResult(status -> {
            if (tokens.withValidTokens(List.of(qid)).isEmpty()) {
                return;
            }
            List<CardStateRepository.State> known = repository.lock(List.of(qid));
            evaluate(known.isEmpty() ? List.of(new CardStateRepository.State(qid, null, null, null, null)) : known, now());
        });
    }

    /** Evaluates up to {@code limit} states that are due, in a transaction. @return how many were due */
    int reevaluateDue(int limit) {
        Integer due = transactions.execute(status -> {
            Instant now = now();
            List<CardStateRepository.State> states = repository.lockDue(now, limit);
            evaluate(states, now);
            return states.size();
        });
        return due == null ? 0 : due;
    }

    /**
     * One page of the people apps hold tokens for, after {@code after}: starts the states missing
     * (people who held a token before states were kept, or gave one for the QR they had after their
     * state was dropped), without an event. @return the page's last QID; {@code null} at the end
     */
    Qid startMissing(Qid after, int limit) {
        List<Qid> held = tokens.heldAfter(after, limit);
        if (held.isEmpty()) {
            return null;
        }
        Set<String> existing = repository.existing(held);
        List<CardStateRepository.State> missing = held.stream().filter(qid -> !existing.contains(qid.value()))
                .map(qid -> new CardStateRepository.State(qid, null, null, null, null)).toList();
        for (int from = 0; from < missing.size(); from += CardStateWatch.AT_ONCE) {
            List<CardStateRepository.State> some = missing.subList(from, Math.min(missing.size(), from + CardStateWatch.AT_ONCE));
            transactions.executeWithoutResult(status -> evaluate(some, now()));
        }
        return held.size() < limit ? null : held.getLast();
    }

    /**
     * One page of the states, after {@code after}: drops those of people no app holds a valid token
     * for any more. @return the page's last QID; {@code null} at the end
     */
    String dropUnheld(String after, int limit) {
        List<String> page = repository.after(after, limit);
        if (page.isEmpty()) {
            return null;
        }
        List<Qid> qids = page.stream().map(Qid::new).toList();
        Set<Qid> held = tokens.withValidTokens(qids);
        repository.delete(qids.stream().filter(qid -> !held.contains(qid)).toList());
        return page.size() < limit ? null : page.getLast();
    }

    /**
     * States with no colour ({@code null}) are new: stored without an event. Every person is looked
     * up once for all: tokens, QIDs, the registry and the records in one request each.
     */
    private void evaluate(List<CardStateRepository.State> states, Instant now) {
        evaluate(states, now, Map.of());
    }

    /** @param known people the caller found in the registry already, by QID: not looked up again */
    private void evaluate(List<CardStateRepository.State> states, Instant now, Map<Qid, RegisteredPerson> known) {
        if (states.isEmpty()) {
            return;
        }
        List<Qid> qids = states.stream().map(CardStateRepository.State::qid).toList();
        Set<Qid> holding = tokens.withValidTokens(qids);
        Map<Qid, RegisteredPerson> people = new HashMap<>(known);
        people.keySet().retainAll(holding);
        List<Qid> unknown = holding.stream().filter(qid -> !known.containsKey(qid)).toList();
        if (!unknown.isEmpty()) {
            Map<Qid, IssuedQrs.Holder> issued = issuedQrs.findHolders(unknown);
            Map<String, RegisteredPerson> found = registry.findAllByDocumentNumbers(issued.values().stream()
                    .map(IssuedQrs.Holder::documentNumber).distinct().toList());
            issued.forEach((qid, holder) -> {
                if (found.containsKey(holder.documentNumber())) {
                    people.put(qid, found.get(holder.documentNumber()));
                }
            });
        }
        Map<String, PersonHealthRecords> recordsOf = records.recordsOfAll(people.values().stream()
                .map(RegisteredPerson::documentNumber).collect(Collectors.toSet()));
        List<Qid> gone = new ArrayList<>();
        for (CardStateRepository.State before : states) {
            RegisteredPerson person = people.get(before.qid());
            if (person == null) {
                gone.add(before.qid());
                continue;
            }
            String province = cards.residenceProvince(person).orElse(null);
            CovidCard card = cards.evaluate(person, before.qid(), recordsOf.get(person.documentNumber()), province, now);
            Instant validUntil = card.validUntil() == null ? null : card.validUntil().toInstant();
            repository.put(new CardStateRepository.State(before.qid(), card.colour(), validUntil, province, now),
                    due(validUntil, now));
            if (before.colour() != null && before.colour() != card.colour()) {
                events.publish(new CardChanged(before.qid(), card.colour().name(), before.colour().name(), validUntil,
                        changedAt(before, now)));
            }
        }
        repository.delete(gone);
    }

    /** The second after the colour's last one, or the refresh, whichever comes first. */
    private static Instant due(Instant validUntil, Instant now) {
        Instant refresh = now.plus(REFRESHED_EVERY);
        return validUntil == null || validUntil.plusSeconds(1).isAfter(refresh) ? refresh : validUntil.plusSeconds(1);
    }

    /** When the colour changed: at the end of the last card's validity when time ended it, else now. */
    private static Instant changedAt(CardStateRepository.State before, Instant now) {
        if (before.validUntil() != null && !before.validUntil().plusSeconds(1).isAfter(now)) {
            return before.validUntil().plusSeconds(1);
        }
        return now;
    }

    /** To the second, as the holder's own card is evaluated (HolderHealth). */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
