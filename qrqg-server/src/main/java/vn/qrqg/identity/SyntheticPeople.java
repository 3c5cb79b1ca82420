package vn.qrqg.identity;

import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The synthetic people the reference registry is seeded with (seed 20210911), so that another
 * capability's reference adapter can seed matching data: health seeds vaccination, test and
 * recovery records for them. A bean only with the reference registry.
 */
public interface SyntheticPeople {

    /**
     * Completes when this start's background seeding of the registry has ended, whether it seeded
     * or found people already there, with how many synthetic people a seeding adds
     * ({@code qrqg.identity.seed-size}); completes exceptionally when the seeding failed.
     */
    CompletableFuture<Integer> seeded();

    /**
     * The first {@code count} synthetic people in seeding order, generated again: the people a
     * seeding of that size added, as they were then (a CSV import may have changed some since).
     */
    Stream<RegisteredPerson> first(int count);
}
