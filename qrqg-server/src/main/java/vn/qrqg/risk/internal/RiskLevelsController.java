package vn.qrqg.risk.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.risk.AreaNotFoundException;

/**
 * The risk map's public API, without login (docs/risk.md, "Public API"): the levels of provinces
 * or communes on a date, one locality's weeks, and the provinces as GeoJSON for the map. Answers
 * come from memory ({@link AnswerCache}) with an entity tag, and may be cached by anyone for a minute.
 */
@RestController
class RiskLevelsController {
    /**
     * Browsers ask again each time (a 304 when unchanged), so that a declared level shows at once;
     * shared caches (a CDN in front) may answer for 30 seconds.
     */
    private static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ZERO).cachePublic()
            .sMaxAge(Duration.ofSeconds(30));
    private static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");
    private static final int MAX_WEEKS = 52;
    /** Resolution 128's first day; a year far off would only fill the cache and overflow date arithmetic. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 10, 11);
    private static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

    private final LevelViews views;
    private final AnswerCache cache;
    private final ProvinceMap map;
    private final AdministrativeAreas areas;
    private final Clock clock;

    RiskLevelsController(LevelViews views, AnswerCache cache, ProvinceMap map, AdministrativeAreas areas, Clock clock) {
        this.views = views;
        this.cache = cache;
        this.map = map;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping("/api/v1/risk/levels")
    ResponseEntity<byte[]> levels(@RequestParam(name = "date", required = false) String date,
            @RequestParam(name = "scope", required = false) String scope,
            @RequestParam(name = "provinceCode", required = false) String provinceCode,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch,
            @RequestHeader(name = "Accept-Encoding", required = false) String acceptEncoding) {
        LocalDate day = date(date);
        LevelViews.Scope of = scope(scope);
        String province = provinceCode == null || provinceCode.isBlank() ? null : provinceCode.strip();
        if (province != null && areas.province(province).isEmpty()) {
            throw new InvalidFieldException("provinceCode", "must be a province of the current structure: two digits, e.g. 01");
        }
        return answer(cache.get("levels/" + day + "/" + of + "/" + province, () -> views.levels(day, of, province)),
                MediaType.APPLICATION_JSON, ifNoneMatch, acceptEncoding);
    }

    @GetMapping("/api/v1/risk/history")
    ResponseEntity<byte[]> history(@RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "weeks", required = false) String weeks,
            @RequestParam(name = "date", required = false) String date,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch,
            @RequestHeader(name = "Accept-Encoding", required = false) String acceptEncoding) {
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
        return answer(cache.get("history/" + locality + "/" + day + "/" + many, () -> views.history(locality, day, many)),
                MediaType.APPLICATION_JSON, ifNoneMatch, acceptEncoding);
    }

    @GetMapping("/api/v1/risk/provinces.geojson")
    ResponseEntity<byte[]> provinces(@RequestParam(name = "date", required = false) String date,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch,
            @RequestHeader(name = "Accept-Encoding", required = false) String acceptEncoding) {
        LocalDate day = date(date);
        return answer(cache.get("geojson/" + day, () -> map.geoJson(views.levels(day, LevelViews.Scope.PROVINCE, null))), GEOJSON,
                ifNoneMatch, acceptEncoding);
    }

    private ResponseEntity<byte[]> answer(AnswerCache.Answer answer, MediaType type, String ifNoneMatch,
            String acceptEncoding) {
        if (ifNoneMatch != null && ifNoneMatch.contains(answer.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(answer.etag()).cacheControl(PUBLIC)
                    .varyBy(HttpHeaders.ACCEPT_ENCODING).build();
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(type).eTag(answer.etag()).cacheControl(PUBLIC)
                .varyBy(HttpHeaders.ACCEPT_ENCODING);
        if (acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip")) {
            return ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(answer.gzipped());
        }
        return ok.body(answer.body());
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
