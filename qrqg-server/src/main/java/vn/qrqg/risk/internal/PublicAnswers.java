package vn.qrqg.risk.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.risk.AreaNotFoundException;

/**
 * The public risk answers (docs/risk.md, "Public API"): what each request asks for, read from its
 * parameters with an error naming the one that is wrong, the answer kept in memory
 * ({@link AnswerCache}), and how it is written: an entity tag (a 304 for a client that has it),
 * gzipped for a client that takes it, cacheable by anyone. The controller and the direct filter
 * ({@link PublicAnswersFilter}) both answer through here.
 */
final class PublicAnswers {
    static final String LEVELS = "/api/v1/risk/levels";
    static final String HISTORY = "/api/v1/risk/history";
    static final String PROVINCES = "/api/v1/risk/provinces.geojson";
    /**
     * Browsers ask again each time (a 304 when unchanged), so that a declared level shows at once;
     * shared caches (a CDN in front) may answer for 30 seconds.
     */
    static final String CACHE_CONTROL = "max-age=0, public, s-maxage=30";
    static final String GEOJSON = "application/geo+json";
    private static final int MAX_WEEKS = 52;
    /** Resolution 128's first day; a year far off would only fill the cache and overflow date arithmetic. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 10, 11);
    private static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

    /** One request: its key in the cache, how its answer is made, and its media type. Equal when their keys are. */
    record Asked(String key, Supplier<Object> answer, String mediaType) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Asked asked && asked.key.equals(key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }
    }

    private final LevelViews views;
    private final AnswerCache cache;
    private final ProvinceMap map;
    private final AdministrativeAreas areas;
    private final Clock clock;

    PublicAnswers(LevelViews views, AnswerCache cache, ProvinceMap map, AdministrativeAreas areas, Clock clock) {
        this.views = views;
        this.cache = cache;
        this.map = map;
        this.areas = areas;
        this.clock = clock;
    }

    /**
     * {@code GET /api/v1/risk/levels}.
     *
     * @throws InvalidFieldException naming the parameter that is wrong
     */
    Asked levels(String date, String scope, String provinceCode) {
        LocalDate day = date(date);
        LevelViews.Scope of = scope(scope);
        String province = provinceCode == null || provinceCode.isBlank() ? null : provinceCode.strip();
        if (province != null && areas.province(province).isEmpty()) {
            throw new InvalidFieldException("provinceCode", "must be a province of the current structure: two digits, e.g. 01");
        }
        return new Asked("levels/" + day + "/" + of + "/" + province, () -> views.levels(day, of, province),
                MediaType.APPLICATION_JSON_VALUE);
    }

    /**
     * {@code GET /api/v1/risk/history}.
     *
     * @throws InvalidFieldException naming the parameter that is wrong
     * @throws AreaNotFoundException when the code names no province nor commune
     */
    Asked history(String code, String weeks, String date) {
        if (code == null || code.isBlank()) {
            throw new InvalidFieldException("code", "is required: a province (two digits) or commune (five digits)");
        }
        LocalDate day = date(date);
        int count;
        try {
            count = weeks == null || weeks.isBlank() ? 8 : Integer.parseInt(weeks.strip());
        } catch (NumberFormatException e) {
            count = 0;
        }
        if (count < 1 || count > MAX_WEEKS) {
            throw new InvalidFieldException("weeks", "must be a whole number from 1 to " + MAX_WEEKS);
        }
        String locality = code.strip();
        if (!views.isArea(locality)) {
            throw new AreaNotFoundException();
        }
        int many = count;
        return new Asked("history/" + locality + "/" + day + "/" + many, () -> views.history(locality, day, many),
                MediaType.APPLICATION_JSON_VALUE);
    }

    /**
     * {@code GET /api/v1/risk/provinces.geojson}.
     *
     * @throws InvalidFieldException naming the date when it is wrong
     */
    Asked provinces(String date) {
        LocalDate day = date(date);
        return new Asked("geojson/" + day, () -> map.geoJson(views.levels(day, LevelViews.Scope.PROVINCE, null)),
                GEOJSON);
    }

    /** The answer, made now unless it is in memory. */
    AnswerCache.Answer answer(Asked asked) {
        return cache.get(asked);
    }

    /** The answer when it is in memory (and perhaps being made again in the background); empty otherwise. */
    Optional<AnswerCache.Answer> kept(Asked asked) {
        return Optional.ofNullable(cache.kept(asked));
    }

    /** Writes the answer: a 304 to a client that has it, else the bytes (gzipped when the client takes it). */
    static void write(AnswerCache.Answer answer, String mediaType, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.ETAG, answer.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && ifNoneMatch.contains(answer.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        boolean gzip = acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
        byte[] body = gzip ? answer.gzipped() : answer.body();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(mediaType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private LocalDate date(String date) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(clock.withZone(VietnamTime.ZONE));
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("date", "must be a date as YYYY-MM-DD (Vietnam time), e.g. 2026-12-06");
        }
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw new InvalidFieldException("date", "must be a date from " + FIRST_DAY + " to " + LAST_DAY);
        }
        return day;
    }

    private static LevelViews.Scope scope(String scope) {
        if (scope == null || scope.isBlank() || scope.strip().equalsIgnoreCase("province")) {
            return LevelViews.Scope.PROVINCE;
        }
        if (scope.strip().equalsIgnoreCase("commune")) {
            return LevelViews.Scope.COMMUNE;
        }
        throw new InvalidFieldException("scope", "must be province or commune");
    }
}
