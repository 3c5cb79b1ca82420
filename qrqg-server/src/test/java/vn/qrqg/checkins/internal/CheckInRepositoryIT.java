package vn.qrqg.checkins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.checkins.Direction;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.platform.PlatformTestSupport;

/** A reader's events stored exactly once, also when another upload stored some of them since they were looked up. */
class CheckInRepositoryIT extends PlatformTestSupport {

    @Autowired
    CheckInRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void newEventsAreStoredAsSentWithTheirReaderAndSequence() {
        VenueCode venue = VenueCode.generate();
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
        List<CheckInRepository.NewEvent> events = events("gate\\1", 1, 3, at); // a backslash survives COPY

        assertThat(repository.insertBatch(venue, "scanner-1", events))
                .containsExactlyElementsOf(events.stream().map(CheckInRepository.NewEvent::key).toList());

        assertThat(repository.find(venue, events.stream().map(CheckInRepository.NewEvent::key).toList()))
                .extracting(CheckInRepository.Stored::occurredAt, CheckInRepository.Stored::direction)
                .containsExactlyInAnyOrder(events.stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.occurredAt(), e.direction())).toArray(
                                org.assertj.core.groups.Tuple[]::new));
        assertThat(jdbc.sql("select count(*) from checkins_event where venue_code = :v and source = 'READER' "
                        + "and client_id = 'scanner-1' and person like '1629793885861711%'")
                .param("v", venue.value()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void eventsStoredMeanwhileBySomeoneElseAreSkippedAndTheRestStored() {
        VenueCode venue = VenueCode.generate();
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
        List<CheckInRepository.NewEvent> batch = events("gate-2", 1, 6, at);
        // another upload stored events 2 and 5 after this one looked them up
        repository.insertBatch(venue, "scanner-2", List.of(batch.get(1), batch.get(4)));

        List<CheckInRepository.Key> stored = repository.insertBatch(venue, "scanner-1", batch);

        assertThat(stored).containsExactlyInAnyOrder(batch.get(0).key(), batch.get(2).key(), batch.get(3).key(),
                batch.get(5).key());
        assertThat(jdbc.sql("select client_id from checkins_event where venue_code = :v order by sequence")
                .param("v", venue.value()).query(String.class).list())
                .containsExactly("scanner-1", "scanner-2", "scanner-1", "scanner-1", "scanner-2", "scanner-1");
    }

    private static List<CheckInRepository.NewEvent> events(String reader, long first, int count, Instant at) {
        List<CheckInRepository.NewEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant when = at.plusSeconds(i);
            events.add(new CheckInRepository.NewEvent(
                    new CheckInRepository.Key(reader, first + i, CheckInRepository.dayOf(when)), when,
                    i % 2 == 0 ? Direction.IN : Direction.OUT, "16297938858617110" + i));
        }
        return events;
    }
}
