package vn.qrqg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.VietnamTime;

class HistoryScenarioTest {
    private static final LocalDate DAY = LocalDate.parse("2021-09-11");

    @Test
    void eachVisitIsAnEntryAndALaterExitOfOnePersonBetweenSevenAndNineInTheEvening() {
        for (int events : new int[] {2, 7, 2_000, 100_000}) {
            for (int e = 0; e < events; e++) {
                ZonedDateTime at = HistoryScenario.occurredAt(DAY, e, events).atZone(VietnamTime.ZONE);
                assertThat(at.toLocalDate()).isEqualTo(DAY);
                assertThat(at.toLocalTime()).as("event %d of %d", e, events)
                        .isBetween(LocalTime.of(7, 0), LocalTime.of(21, 0));
                if (e % 2 == 1) {
                    ZonedDateTime entry = HistoryScenario.occurredAt(DAY, e - 1, events).atZone(VietnamTime.ZONE);
                    assertThat(at).isAfterOrEqualTo(entry.plusMinutes(15));
                }
            }
        }
        assertThat(HistoryScenario.occurredAt(DAY, 0, 2_000))
                .isEqualTo(DAY.atTime(7, 0).atZone(VietnamTime.ZONE).toInstant());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBatchHoldsItsEventsOfTheDayAsOneReadersSequenceInPairsWithTheSameQr() throws Exception {
        String[] texts = {"\"QR-A\"", "\"QR-B\""};
        byte[] json = HistoryScenario.events(texts, DAY, "history-7", 1_000, 1_004, 2_000);

        List<Map<String, Object>> events = (List<Map<String, Object>>) JSON.std
                .mapFrom(new String(json, StandardCharsets.UTF_8)).get("events");
        assertThat(events).extracting(event -> event.get("sequence")).containsExactly(1_000, 1_001, 1_002, 1_003);
        assertThat(events).extracting(event -> event.get("readerId")).containsOnly("history-7");
        assertThat(events).extracting(event -> event.get("direction")).containsExactly("IN", "OUT", "IN", "OUT");
        assertThat(events).extracting(event -> event.get("text")).containsExactly("QR-A", "QR-A", "QR-B", "QR-B");
        assertThat(Instant.parse((String) events.get(0).get("occurredAt")))
                .isEqualTo(HistoryScenario.occurredAt(DAY, 1_000, 2_000));
    }

    @Test
    void aPageCountsOnlyWhenItsTotalIsEveryCheckInUploaded() {
        HistoryScenario history = new HistoryScenario(LoadCommand.parse("--scenario", "history"));
        LoadRequest request = LoadRequest.get(null, "Bearer owner", "history");
        String page = "{\"venueCode\":\"X\",\"page\":3,\"size\":50,\"total\":2000,\"counts\":[{\"hour\":7}]}";
        assertThat(history.judge(request, 200, page)).isEqualTo(Outcome.ok("history"));
        assertThat(history.judge(request, 200, "{\"size\":50,\"total\":1999}"))
                .isEqualTo(Outcome.error("total 1999, not 2000"));
        assertThat(history.judge(request, 200, "{}")).isEqualTo(Outcome.error("total missing"));
        assertThat(history.judge(request, 403, "{\"type\":\"https://qrqg.vn/problems/not-this-venue\"}"))
                .isEqualTo(Outcome.error("403 not-this-venue"));
    }

    @Test
    void aGetHasNoBody() {
        assertThat(LoadRequest.get(null, "Bearer owner", "history").isGet()).isTrue();
        assertThat(new LoadRequest(null, "Bearer x", new byte[0], "venue").isGet()).isFalse();
    }
}
