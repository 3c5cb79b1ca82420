package vn.qrqg.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.qrqg.codec.VietnamTime;

/**
 * A venue's history of a day, as its owner pages through it: {@code GET
 * /api/v1/venues/{venueCode}/history?day=…&page=P} with the owner token. Setup registers a market,
 * adds a staff scanner, issues QRs to {@code --people} people (default 500) and uploads, through
 * {@code POST /api/v1/checkins/batch}, {@code --venue-checkins} events (default 2,000) for
 * yesterday in Vietnam time: visits of an entry and a later exit with the same QR, between 07:00
 * and 21:00. Request {@code i} reads page {@code i} modulo the day's pages (the page size is the
 * server's default, read from its first answer). An answer counts (row {@code history}) when it
 * is a 200 whose {@code total} is every event uploaded. Made for the issue-4 target, a history
 * under 50 ms with 50 million check-ins stored: fill the table first with {@code bin/fill-checkins}.
 */
final class HistoryScenario implements Scenario {
    private static final String TOTAL = "\"total\":";
    private static final String STORED = "STORED";

    private final LoadOptions options;
    private URI[] pages;
    private String owner;

    HistoryScenario(LoadOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "history";
    }

    @Override
    public void prepare(Setup setup) throws IOException, InterruptedException {
        StaffedVenue staffed = StaffedVenue.prepare(setup, name(), "market", 500);
        Platform platform = setup.platform();
        Platform.Venue venue = staffed.venue();
        TokenSource scanner = staffed.scanner();
        LocalDate day = VietnamTime.today().minusDays(1);
        String[] texts = staffed.maskedTexts();
        setup.progress().printf("load: venue %s: uploading %,d check-ins of %s…%n", venue.venueCode(),
                options.venueCheckIns(), day);
        String reader = "history-" + options.seed();
        for (int from = 0; from < options.venueCheckIns(); from += CheckInScenario.EVENTS) {
            int to = Math.min(options.venueCheckIns(), from + CheckInScenario.EVENTS);
            checkAllStored(platform.uploadBatch(scanner.authorization(),
                    events(texts, day, reader, from, to, options.venueCheckIns())), from);
        }
        owner = "Bearer " + venue.ownerToken();
        String path = "/api/v1/venues/" + venue.venueCode() + "/history?day=" + day + "&page=";
        Map<String, Object> first = platform.getJson(path + 0, owner);
        long total = ((Number) first.get("total")).longValue();
        if (total != options.venueCheckIns()) {
            throw new IOException("the history of " + day + " holds " + total + " check-ins, not the "
                    + options.venueCheckIns() + " uploaded");
        }
        int pageSize = ((Number) first.get("size")).intValue();
        pages = new URI[(int) ((total + pageSize - 1) / pageSize)];
        for (int page = 0; page < pages.length; page++) {
            pages[page] = platform.uri(path + page);
        }
        setup.progress().printf("load: reading %s's history of %s: %,d pages of %d%n", venue.venueCode(), day,
                pages.length, pageSize);
    }

    /**
     * Events {@code from} to {@code to} of the day's {@code events}, as a batch's JSON: event
     * {@code e} is visit {@code e / 2}'s entry (even) or exit (odd), sequence {@code e} of one reader.
     */
    static byte[] events(String[] texts, LocalDate day, String reader, int from, int to, int events) {
        StringBuilder body = new StringBuilder((to - from) * 220).append("{\"events\":[");
        for (int e = from; e < to; e++) {
            body.append(e == from ? "" : ",").append("{\"readerId\":\"").append(reader).append("\",\"sequence\":")
                    .append(e).append(",\"text\":").append(texts[(e / 2) % texts.length])
                    .append(",\"direction\":\"").append(e % 2 == 0 ? "IN" : "OUT").append("\",\"occurredAt\":\"")
                    .append(occurredAt(day, e, events)).append("\"}");
        }
        return body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Visits start evenly from 07:00 to 20:00 (Vietnam time) and last 15 to 60 minutes. */
    static Instant occurredAt(LocalDate day, int event, int events) {
        int visits = (events + 1) / 2;
        int visit = event / 2;
        long seconds = 7 * 3600 + (long) visit * 13 * 3600 / visits + (event % 2 == 0 ? 0 : (15 + visit % 46) * 60L);
        return day.atStartOfDay(VietnamTime.ZONE).plusSeconds(seconds).toInstant();
    }

    private static void checkAllStored(List<Map<String, Object>> results, int from) throws IOException {
        for (int i = 0; i < results.size(); i++) {
            Map<String, Object> result = results.get(i);
            if (!STORED.equals(result.get("status"))) {
                throw new IOException("check-in " + (from + i) + " was not stored: " + result.get("status") + " "
                        + result.getOrDefault("reason", ""));
            }
        }
    }

    @Override
    public LoadRequest request(long sequence) {
        return LoadRequest.get(pages[(int) (sequence % pages.length)], owner, "history");
    }

    @Override
    public Outcome judge(LoadRequest request, int status, String body) {
        if (status != 200) {
            return Outcome.httpError(status, body);
        }
        long total = totalOf(body);
        return total == options.venueCheckIns() ? Outcome.ok(request.kind())
                : Outcome.error(total < 0 ? "total missing" : "total " + total + ", not " + options.venueCheckIns());
    }

    /** The history's {@code total}, without parsing the page; -1 when it has none. */
    static long totalOf(String body) {
        int start = body.indexOf(TOTAL);
        if (start < 0) {
            return -1;
        }
        start += TOTAL.length();
        int end = start;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        return end == start || end - start > 18 ? -1 : Long.parseLong(body, start, end, 10);
    }
}
