package vn.qrqg.tracing.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.platform.csv.CsvFields;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.platform.web.WholeNumbers;
import vn.qrqg.tracing.CaseNotFoundException;
import vn.qrqg.tracing.ExposureLevel;

/**
 * Tracers (scope {@code tracing:read}) read cases and call their contacts ({@link CaseContacts}):
 * the day's cases by province, a case's counts, its contacts a page at a time or all as CSV.
 * Nothing here is kept by a cache.
 */
@RestController
@RequiresScope(Scopes.TRACING_READ)
class TracersController {
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;
    /** Contacts read, shown and audited at a time while writing a CSV export. */
    static final int CSV_CHUNK = 1_000;
    static final String CSV_HEADER = "level,reason,qid,shortName,birthYear,phone,communeCode,venueCode,venueName,"
            + "vehicleNumber,from,to\r\n";

    private final CaseContacts contacts;

    TracersController(CaseContacts contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/api/v1/tracing/cases")
    ResponseEntity<CaseContacts.Day> day(@RequestParam(name = "date", required = false) String date,
            @AuthenticationPrincipal CallingClient tracer) {
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? LocalDate.now(VietnamTime.ZONE) : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("date", "must be a date as YYYY-MM-DD (Vietnam time), e.g. 2026-12-06");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(contacts.day(day, tracer));
    }

    @GetMapping("/api/v1/tracing/cases/{caseId}")
    ResponseEntity<CaseContacts.Summary> summary(@PathVariable("caseId") String caseId,
            @AuthenticationPrincipal CallingClient tracer) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(contacts.summary(id(caseId), tracer));
    }

    @GetMapping("/api/v1/tracing/cases/{caseId}/contacts")
    ResponseEntity<?> contacts(@PathVariable("caseId") String caseId,
            @RequestParam(name = "level", required = false) String level,
            @RequestParam(name = "page", defaultValue = "0") String page,
            @RequestParam(name = "size", required = false) String size,
            @RequestParam(name = "format", required = false) String format,
            @AuthenticationPrincipal CallingClient tracer) {
        if (format != null && format.equalsIgnoreCase("csv")) {
            return csv(caseId, level, tracer);
        }
        if (format != null && !format.equalsIgnoreCase("json")) {
            throw new InvalidFieldException("format", "must be json or csv");
        }
        UUID id = id(caseId);
        ExposureLevel wanted = level(level);
        int pageNumber = WholeNumbers.parse("page", page, 0, 1_000_000);
        int pageSize = size == null ? DEFAULT_SIZE : WholeNumbers.parse("size", size, 1, MAX_SIZE);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(contacts.contacts(id, wanted, pageNumber, pageSize, tracer));
    }

    @GetMapping("/api/v1/tracing/cases/{caseId}/contacts.csv")
    ResponseEntity<?> csv(@PathVariable("caseId") String caseId,
            @RequestParam(name = "level", required = false) String level,
            @AuthenticationPrincipal CallingClient tracer) {
        UUID id = id(caseId);
        ExposureLevel wanted = level(level);
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        contacts.eachContact(id, wanted, CSV_CHUNK, tracer, chunk -> chunk.forEach(contact -> append(csv, contact)));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("contacts-" + id + (wanted == null ? "" : "-" + wanted) + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void append(StringBuilder csv, CaseContacts.Contact contact) {
        csv.append(contact.level()).append(',').append(contact.reason()).append(',')
                .append(CsvFields.field(contact.qid())).append(',')
                .append(CsvFields.field(contact.shortName())).append(',')
                .append(CsvFields.field(contact.birthYear())).append(',')
                .append(CsvFields.field(contact.phone())).append(',')
                .append(CsvFields.field(contact.communeCode())).append(',')
                .append(CsvFields.field(contact.venue() == null ? null : contact.venue().code())).append(',')
                .append(CsvFields.field(contact.venue() == null ? null : contact.venue().name())).append(',')
                .append(CsvFields.field(contact.vehicleNumber())).append(',')
                .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(contact.from())).append(',')
                .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(contact.to())).append("\r\n");
    }

    private static UUID id(String caseId) {
        try {
            return UUID.fromString(caseId);
        } catch (IllegalArgumentException e) {
            throw new CaseNotFoundException();
        }
    }

    private static ExposureLevel level(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        try {
            return ExposureLevel.valueOf(level.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("level", "must be F1 or F2 (left out: both)");
        }
    }
}
