package vn.qrqg.identity.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.identity.internal.AdministrativeUnits.Commune;

/**
 * Puts synthetic people into households (hộ khẩu) in the order they are generated, with a
 * random stream of its own, so that the people themselves are the same with or without
 * households. A household is one permanent address: its members take the commune and address of
 * the person who started it. The rule, person by person:
 * <ul>
 * <li>an adult joins the oldest household that has no adult yet, if any; else starts a new
 * household with probability {@value #NEW_HOUSEHOLD_PERCENT}% or when the latest one is full
 * ({@value #MAX_MEMBERS} members), and otherwise joins the latest one;
 * <li>a child joins the latest household when it has room: fewer than {@value #MAX_MEMBERS}
 * members, or fewer than {@value #MAX_MEMBERS} − 1 while it has no adult, keeping a place for one;
 * else the child starts a new household, which then waits for the next adult.
 * </ul>
 * So every household has an adult but those still waiting for one at the end of the stream, and
 * households average about 3 people (Vietnam's 2019 census: 3.5). Ages are those the registry
 * shows on the reference date, an unknown month or day counted as the latest possible: nobody
 * who may be a minor by their recorded birth date counts as an adult.
 * <p>
 * The first household, the README's sample citizen's, also takes the first child under
 * {@value #CHILD} without a phone, wherever that child comes, and keeps a place for them: the
 * walkthrough needs a dependant whom a member of their household declares.
 */
final class Households {
    static final int MAX_MEMBERS = 6;
    static final int NEW_HOUSEHOLD_PERCENT = 40;
    static final int ADULT = 18;
    /** The age below which the first household awaits a child. */
    static final int CHILD = 15;

    /** Where a person lives: their household's id and permanent address. */
    record Membership(String householdId, Commune commune, String address) {
    }

    private static final class Household {
        final Membership membership;
        int members;
        boolean hasAdult;

        Household(Membership membership) {
            this.membership = membership;
        }
    }

    private final SplittableRandom random;
    private final Deque<Household> waitingForAnAdult = new ArrayDeque<>();
    private Household latest;
    /** The first household until a child under {@value #CHILD} without a phone has joined it. */
    private Household firstWithoutAChild;
    private final LocalDate referenceDate;
    private long started;

    /** @param seed the population's: the households' stream is split from a generator of its own */
    Households(long seed, LocalDate referenceDate) {
        this.random = new SplittableRandom(seed).split();
        this.referenceDate = referenceDate;
    }

    /**
     * @param commune and {@code address}: the person's own, which become the household's when the
     *        person starts one
     */
    Membership place(BirthDate birthDate, String phone, Commune commune, String address) {
        int age = ageAsRecorded(birthDate);
        boolean adult = age >= ADULT;
        boolean awaitedChild = age < CHILD && phone == null;
        Household household;
        if (firstWithoutAChild != null && awaitedChild) {
            household = firstWithoutAChild;
        } else if (adult && !waitingForAnAdult.isEmpty()) {
            household = waitingForAnAdult.poll();
        } else if (adult) {
            boolean startNew = latest == null || latest.members == capacity(latest)
                    || random.nextInt(100) < NEW_HOUSEHOLD_PERCENT;
            household = startNew ? start(commune, address) : latest;
        } else {
            boolean room = latest != null && latest.members < capacity(latest) - (latest.hasAdult ? 0 : 1);
            household = room ? latest : start(commune, address);
            if (!room) {
                waitingForAnAdult.add(household);
            }
        }
        if (household == firstWithoutAChild && awaitedChild) {
            firstWithoutAChild = null;
        }
        household.members++;
        household.hasAdult |= adult;
        return household.membership;
    }

    /** The age on the reference date, an unknown month or day counted as the latest possible. */
    private int ageAsRecorded(BirthDate date) {
        YearMonth month = YearMonth.of(date.year(), date.month() == 0 ? 12 : date.month());
        LocalDate born = date.day() == 0 ? month.atEndOfMonth() : month.atDay(date.day());
        return Period.between(born, referenceDate).getYears();
    }

    /** How many people but the first's awaited child a household takes. */
    private int capacity(Household household) {
        return household == firstWithoutAChild ? MAX_MEMBERS - 1 : MAX_MEMBERS;
    }

    private Household start(Commune commune, String address) {
        latest = new Household(new Membership(String.format("HK%010d", ++started), commune, address));
        if (started == 1) {
            firstWithoutAChild = latest;
        }
        return latest;
    }
}
