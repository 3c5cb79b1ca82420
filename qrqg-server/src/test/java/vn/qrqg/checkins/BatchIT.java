package vn.qrqg.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.venues.TestVenues;

/** {@code POST /api/v1/checkins/batch}: offline readers' uploads, each event stored exactly once. */
@ExtendWith(OutputCaptureExtension.class)
class BatchIT extends CheckInsTestSupport {

    @Test
    void aBatchUploadedTwiceIsStoredOnceAndTheHistoryShowsEachVisitOnce() throws Exception {
        TestVenue venue = venue("restaurant");
        Visitor an = visitor("Nguyễn Văn An");
        Visitor binh = visitor("Trần Thị Bình");
        List<Map<String, Object>> batch = List.of(
                event("gate-1", 1, an.fullQr(), "IN", yesterdayAt(11, 0)),
                event("gate-1", 2, binh.maskedQr(), "IN", yesterdayAt(11, 5)),
                event("gate-1", 3, an.fullQr(), "OUT", yesterdayAt(11, 50)));

        assertThat(statuses(venue.staffToken(), batch)).containsExactly("STORED", "STORED", "STORED");
        assertThat(statuses(venue.staffToken(), batch)).containsExactly("DUPLICATE", "DUPLICATE", "DUPLICATE");

        JsonNode history = historyOf(venue.ownerToken(), venue.code(), "?day=" + yesterday());
        assertThat(history.path("total").asLong()).isEqualTo(3);
        JsonNode items = history.path("items");
        assertThat(items.get(0).path("visit").path("end").asString()).isEqualTo("EXIT");
        assertThat(items.get(0).path("visit").path("exitedAt").asString()).isEqualTo(items.get(2).path("occurredAt").asString());
        assertThat(items.get(2).path("visit").path("enteredAt").asString()).isEqualTo(items.get(0).path("occurredAt").asString());
        // Bình never scanned out: closed after a restaurant's 2 hours
        assertThat(items.get(1).path("visit").path("end").asString()).isEqualTo("AUTO");
        assertThat(OffsetDateTime.parse(items.get(1).path("visit").path("exitedAt").asString()).toInstant())
                .isEqualTo(yesterdayAt(13, 5).toInstant());
        assertThat(items.get(1).path("person").path("shortName").asString()).isEqualTo("Trần T. B.");
        assertThat(items.get(1).path("source").asString()).isEqualTo("READER");
    }

    @Test
    void anOverlappingBatchStoresOnlyTheEventsNotYetKnown() throws Exception {
        TestVenue venue = venue("market");
        Visitor visitor = visitor("Lý Văn Hùng");
        List<Map<String, Object>> events = new ArrayList<>();
        for (int sequence = 1; sequence <= 5; sequence++) {
            events.add(event("reader-7", sequence, visitor.fullQr(), sequence % 2 == 1 ? "IN" : "OUT",
                    yesterdayAt(8, sequence * 10)));
        }
        assertThat(statuses(venue.staffToken(), events.subList(0, 3))).containsOnly("STORED");
        assertThat(statuses(venue.staffToken(), events.subList(1, 5)))
                .containsExactly("DUPLICATE", "DUPLICATE", "STORED", "STORED");
        // another reader's sequence numbers are its own
        assertThat(statuses(venue.staffToken(), List.of(event("reader-8", 1, visitor.fullQr(), "IN",
                yesterdayAt(9, 0))))).containsExactly("STORED");
        assertThat(historyOf(venue.staffToken(), venue.code(), "?day=" + yesterday()).path("total").asLong()).isEqualTo(6);
    }

    @Test
    void theSameBatchUploadedSixTimesAtOnceIsStoredOnceAndEachEventAcknowledgedByEveryUpload() throws Exception {
        // the uploads look the events up together, find none, and race to store them: one wins each event
        TestVenue venue = venue("transport");
        Visitor visitor = visitor("Hà Văn Tú");
        List<Map<String, Object>> events = new ArrayList<>();
        for (int sequence = 1; sequence <= 200; sequence++) {
            events.add(event("turnstile-3", sequence, visitor.maskedQr(), sequence % 2 == 1 ? "IN" : "OUT",
                    yesterdayAt(6 + sequence / 60, sequence % 60)));
        }
        List<java.util.concurrent.Future<List<String>>> uploads = new ArrayList<>();
        try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 6; i++) {
                uploads.add(pool.submit(() -> statuses(venue.staffToken(), events)));
            }
        }
        int[] stored = new int[events.size()];
        for (java.util.concurrent.Future<List<String>> upload : uploads) {
            List<String> statuses = upload.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(statuses).hasSize(events.size()).isSubsetOf("STORED", "DUPLICATE");
            for (int i = 0; i < statuses.size(); i++) {
                stored[i] += "STORED".equals(statuses.get(i)) ? 1 : 0;
            }
        }
        assertThat(stored).as("uploads answering STORED, event by event").containsOnly(1);
        assertThat(historyOf(venue.staffToken(), venue.code(), "?day=" + yesterday()).path("total").asLong())
                .isEqualTo(200);
    }

    /** A gateway uploading for several readers, over two days: each reader's and day's events are its own. */
    @Test
    void aReplayedBatchOfSeveralReadersOverTwoDaysIsAcknowledgedEventByEvent() throws Exception {
        TestVenue venue = venue("transport");
        Visitor visitor = visitor("Đặng Minh Châu");
        OffsetDateTime twoDaysAgo = yesterdayAt(21, 0).minusDays(1);
        List<Map<String, Object>> first = List.of(
                event("bus-1", 1, visitor.fullQr(), "IN", twoDaysAgo),
                event("bus-2", 1, visitor.maskedQr(), "IN", yesterdayAt(7, 0)),
                event("bus-1", 2, visitor.fullQr(), "OUT", yesterdayAt(9, 0)));
        assertThat(statuses(venue.staffToken(), first)).containsOnly("STORED");

        List<Map<String, Object>> again = new ArrayList<>(first);
        again.add(1, event("bus-2", 2, visitor.maskedQr(), "OUT", yesterdayAt(7, 30)));
        again.add(event("bus-1", 2, visitor.fullQr(), "IN", yesterdayAt(9, 0))); // same key, another event
        assertThat(statuses(venue.staffToken(), again))
                .containsExactly("DUPLICATE", "STORED", "DUPLICATE", "DUPLICATE", "REJECTED");
        assertThat(historyOf(venue.ownerToken(), venue.code(), "?day=" + yesterday()).path("total").asLong()).isEqualTo(3);
    }

    @Test
    void eventsUpToSevenDaysLateAreAcceptedAndOlderOrFutureOnesRejected() throws Exception {
        TestVenue venue = venue("office");
        Visitor visitor = visitor("Bùi Thị Lan");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        JsonNode results = results(venue.staffToken(), List.of(
                event("r1", 1, visitor.fullQr(), "IN", now.minusDays(7).plusMinutes(10)),
                event("r1", 2, visitor.fullQr(), "IN", now.minusDays(8)),
                event("r1", 3, visitor.fullQr(), "IN", now.plusHours(1)),
                event("r1", 4, visitor.fullQr(), "IN", now.plusMinutes(1))));
        assertThat(results.findValuesAsString("status")).containsExactly("STORED", "REJECTED", "REJECTED", "STORED");
        assertThat(results.get(1).path("reason").asString()).isEqualTo("TOO_LATE");
        assertThat(results.get(2).path("reason").asString()).isEqualTo("IN_THE_FUTURE");
    }

    @Test
    void badItemsAreRejectedOneByOneAndNeverRejectTheirBatch() throws Exception {
        TestVenue venue = venue("checkpoint");
        Visitor visitor = visitor("Đinh Văn Sơn");
        String qr = visitor.fullQr();
        String forged = qr.substring(0, qr.length() - 8) + (qr.endsWith("A") ? "BBBBBBBB" : "AAAAAAAA");
        OffsetDateTime at = yesterdayAt(7, 0);
        Map<String, Object> noReader = event("x", 1, qr, "IN", at);
        noReader.remove("readerId");
        Map<String, Object> textSequence = new LinkedHashMap<>(event("r", 2, qr, "IN", at));
        textSequence.put("sequence", "two");
        Map<String, Object> localTime = event("r", 6, qr, "IN", at);
        localTime.put("occurredAt", "2026-01-01T07:00:00");
        Map<String, Object> noText = event("r", 5, qr, "IN", at);
        noText.remove("text");
        String cardOfNobody = TestPeople.cccdNumber(1913, Gender.MALE) + "||Không Có Ai|04031913|Nam|Hà Nội|10072021";
        List<Object> batch = List.of(noReader, textSequence, event("r", -3, qr, "IN", at),
                event("r", 4, qr, "SIDEWAYS", at), noText, localTime, event("r", 7, forged, "IN", at),
                event("r", 8, cardOfNobody, "IN", at), "not an object", event("r", 10, qr, "IN", at));
        JsonNode results = results(venue.staffToken(), batch);
        assertThat(results.findValuesAsString("status")).containsExactly("REJECTED", "REJECTED", "REJECTED",
                "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "STORED");
        assertThat(results.findValuesAsString("reason")).containsExactly("INVALID_READER_ID", "INVALID_SEQUENCE",
                "INVALID_SEQUENCE", "INVALID_DIRECTION", "INVALID_TEXT", "INVALID_OCCURRED_AT", "QR_NOT_ACCEPTED",
                "QR_NOT_ACCEPTED", "INVALID_EVENT");
        assertThat(results.get(6).path("outcome").asString()).isNotIn("VALID", "SUPERSEDED");
        assertThat(results.get(7).path("outcome").asString()).isEqualTo("NOT_FOUND");
        assertThat(results.get(2).path("sequence").asLong()).isEqualTo(-3);
        assertThat(historyOf(venue.ownerToken(), venue.code(), "?day=" + yesterday()).path("total").asLong()).isEqualTo(1);
    }

    /** A scanned QR may hold any byte: a NUL or an override rejects its event alone, and reaches no log. */
    @Test
    void controlCharactersRejectTheirEventAloneAndAreNotLogged(CapturedOutput output) throws Exception {
        TestVenue venue = venue("shop");
        Visitor visitor = visitor("Phan Văn Nul");
        OffsetDateTime at = yesterdayAt(10, 0);
        JsonNode results = results(venue.staffToken(), List.of(
                event("r", 1, "secret-text-51\u0000" + visitor.fullQr(), "IN", at),
                event("secret-reader-52\u202E", 2, visitor.fullQr(), "IN", at),
                event("r", 3, visitor.fullQr(), "IN", at)));
        assertThat(results.findValuesAsString("status")).containsExactly("REJECTED", "REJECTED", "STORED");
        assertThat(results.get(1).path("reason").asString()).isEqualTo("INVALID_READER_ID");
        assertThat(results.toString()).as("the reader's own id is echoed, never the scanned text")
                .doesNotContain("secret-text");
        assertThat(output.getAll()).doesNotContain("secret-text-51").doesNotContain("secret-reader-52");
    }

    @Test
    void typedCardsWithAnotherNameOrBirthDateAreRejectedNotFoundAndAMatchingCardIsStored() throws Exception {
        TestVenue venue = venue("restaurant");
        Visitor visitor = visitor("Kiều Thị Phương");
        int year = Integer.parseInt(visitor.person().dateOfBirth().substring(0, 4));
        OffsetDateTime at = yesterdayAt(12, 0);
        JsonNode results = results(venue.staffToken(), List.of(
                event("r", 1, typedCard(visitor.person(), "A", "0101" + year), "IN", at),
                event("r", 2, typedCard(visitor.person(), "Kiều Thị Phúc", "0403" + year), "IN", at),
                event("r", 3, typedCard(visitor.person(), "Kiều Thị Phương", "0503" + year), "IN", at),
                event("r", 4, typedCard(visitor.person(), "KIEU THI PHUONG", "0403" + year), "IN", at)));
        assertThat(results.findValuesAsString("status")).containsExactly("REJECTED", "REJECTED", "REJECTED", "STORED");
        assertThat(results.findValuesAsString("outcome")).containsExactly("NOT_FOUND", "NOT_FOUND", "NOT_FOUND");
        JsonNode history = historyOf(venue.ownerToken(), venue.code(), "?day=" + yesterday());
        assertThat(history.path("total").asLong()).isEqualTo(1);
        // the registry's name, never the printed one
        assertThat(history.path("items").get(0).path("person").path("shortName").asString()).isEqualTo("Kiều T. P.");
    }

    @Test
    void everyPersonABatchReadsIsAuditedLikeAnOnlineScanAndEveryProbeToo() throws Exception {
        TestVenue venue = venue("market");
        Visitor visitor = visitor("Lạc Văn Thành");
        int year = Integer.parseInt(visitor.person().dateOfBirth().substring(0, 4));
        OffsetDateTime at = yesterdayAt(15, 0);
        List<Map<String, Object>> events = new ArrayList<>();
        for (int sequence = 0; sequence < 30; sequence++) { // an oracle's probes: real and made-up numbers
            Person probed = sequence % 2 == 0 ? visitor.person()
                    : new Person(TestPeople.cccdNumber(year, visitor.person().gender()), "A", "", visitor.person().gender());
            events.add(event("probe", sequence, typedCard(probed, "A", "0101" + year), "IN", at));
        }
        events.add(event("probe", 30, visitor.maskedQr(), "IN", at));
        events.add(event("probe", 31, cardOf(visitor.person()), "OUT", at.plusMinutes(5)));
        events.add(event("probe", 32, "not a QR", "OUT", at.plusMinutes(5)));
        events.add(event("probe", 33, visitor.maskedQr(), "SIDEWAYS", at)); // never read: not audited
        assertThat(statuses(venue.staffToken(), events)).containsOnly("REJECTED", "STORED");

        List<Map<String, Object>> audited = auditOf(venue.staffClientId(), "POST /api/v1/checkins/batch");
        assertThat(audited).hasSize(32).allSatisfy(row -> assertThat(row)
                .containsEntry("scope", "checkin:venue").containsEntry("fields", ""));
        // every probe that found nobody is its own record, the same text sent twice too
        assertThat(audited.stream().filter(row -> "NOT_FOUND".equals(row.get("outcome")))).hasSize(30)
                .allSatisfy(row -> assertThat(row).containsEntry("qid", null).containsEntry("document_number", null));
        // the visitor's QR and card in one upload: one read of them
        assertThat(audited.stream().filter(row -> "VALID".equals(row.get("outcome")))).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("qid", visitor.qid()));
        assertThat(audited.stream().filter(row -> "UNSUPPORTED".equals(row.get("outcome")))).hasSize(1);
        // replayed: the stored events are acknowledged unread; the rejected ones are read, and audited, again
        statuses(venue.staffToken(), events);
        assertThat(auditOf(venue.staffClientId(), "POST /api/v1/checkins/batch")).hasSize(32 + 31);
    }

    @Test
    void aSequenceNumberUsedForAnotherEventIsRejectedAndTheFirstStands() throws Exception {
        TestVenue venue = venue("shop");
        Visitor visitor = visitor("Cao Thị Nga");
        assertThat(statuses(venue.staffToken(), List.of(event("r", 1, visitor.fullQr(), "IN", yesterdayAt(10, 0)))))
                .containsExactly("STORED");
        JsonNode results = results(venue.staffToken(), List.of(
                event("r", 1, visitor.fullQr(), "OUT", yesterdayAt(10, 0)),
                event("r", 1, visitor.fullQr(), "IN", yesterdayAt(10, 30)),
                event("r", 2, visitor.fullQr(), "OUT", yesterdayAt(10, 40)),
                event("r", 2, visitor.fullQr(), "OUT", yesterdayAt(10, 40)),
                event("r", 2, visitor.fullQr(), "IN", yesterdayAt(10, 41))));
        assertThat(results.findValuesAsString("status"))
                .containsExactly("REJECTED", "REJECTED", "STORED", "DUPLICATE", "REJECTED");
        assertThat(results.get(0).path("reason").asString()).isEqualTo("SEQUENCE_REUSED");
        assertThat(historyOf(venue.ownerToken(), venue.code(), "?day=" + yesterday()).path("total").asLong()).isEqualTo(2);
    }

    @Test
    void aBatchNeedsAnActiveVenuesScannerAndAtMostAThousandEvents() throws Exception {
        TestVenue venue = venue("other");
        Visitor visitor = visitor("Mai Văn Tư");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(event("r", i, visitor.fullQr(), "IN", yesterdayAt(9, 0)));
        }
        HttpResponse<String> refused = upload(venue.staffToken(), tooMany);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(TestClients.json(refused.body()).path("errors").get(0).path("field").asString()).isEqualTo("events");
        assertThat(statuses(venue.staffToken(), tooMany.subList(0, 1000))).hasSize(1000).containsOnly("STORED");

        assertThat(upload(appToken(), List.of()).statusCode()).isEqualTo(403);
        assertThat(upload(null, List.of()).statusCode()).isEqualTo(401);
        assertThat(TestClients.send(port, "POST", BATCH, venue.staffToken(), "{}").statusCode()).isEqualTo(400);

        TestVenues.setStatus(port, venue.code(), "SUSPENDED");
        HttpResponse<String> suspended = upload(venue.staffToken(), List.of(event("r", 5000, visitor.fullQr(), "IN",
                yesterdayAt(9, 0))));
        assertThat(suspended.statusCode()).isEqualTo(409);
        assertThat(historyOf(venue.ownerToken(), venue.code(), "?day=" + yesterday()).path("total").asLong())
                .isEqualTo(1000);
        assertThat(Scopes.CHECKIN_VENUE).isEqualTo("checkin:venue");
    }

    private JsonNode results(String token, List<?> events) throws Exception {
        HttpResponse<String> answer = upload(token, events);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return TestClients.json(answer.body()).path("results");
    }
}
