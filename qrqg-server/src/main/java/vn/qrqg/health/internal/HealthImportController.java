package vn.qrqg.health.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.health.HealthRecordsReceived;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.platform.csv.CsvReader;
import vn.qrqg.platform.csv.CsvUpload;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.platform.web.InvalidRequest.FieldError;
import vn.qrqg.platform.web.ItemStatus;

/**
 * Operators' bulk import of health records (scope admin, as everything under
 * {@code /api/v1/admin/}): {@code POST /api/v1/admin/health/{vaccinations|tests|recoveries}/import}
 * with a CSV file (as a {@code text/csv} body or the multipart field {@code file}; a header of the
 * push API's member names) or JSON {@code {items: [...]}}, read as a stream. Each line or item is
 * pushed as through the push API; the answer counts them and lists the first rejected ones, and
 * {@link HealthRecordsReceived} reports the counts (an operator's action).
 */
@RestController
class HealthImportController {
    static final String PATH = "/api/v1/admin/health/{kind}/import";
    private static final Set<String> INTEGER_COLUMNS = Set.of("doseNumber");

    private final HealthRecordPush push;
    private final EventOutbox events;
    private final JsonMapper json = HealthJson.MAPPER;

    HealthImportController(HealthRecordPush push, EventOutbox events) {
        this.push = push;
        this.events = events;
    }

    @PostMapping(path = PATH, consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, "text/csv", MediaType.TEXT_PLAIN_VALUE})
    BatchReport.Import csv(@PathVariable("kind") String kind, CsvUpload csv, @AuthenticationPrincipal CallingClient client)
            throws IOException {
        return csv(kind(kind), csv.reader(), client);
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    BatchReport.Import jsonBody(@PathVariable("kind") String kind, HttpServletRequest request,
            @AuthenticationPrincipal CallingClient client) throws IOException {
        RecordKind recordKind = kind(kind);
        BatchReport report = BatchReport.forImport();
        HealthRecordPush.Batch batch = new HealthRecordPush.Batch();
        try (InputStream body = request.getInputStream(); JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.PROPERTY_NAME
                    || !"items".equals(parser.currentName()) || parser.nextToken() != JsonToken.START_ARRAY) {
                throw new InvalidFieldException("items", "the body must be {\"items\": [...]}, items first");
            }
            for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
                report.add(push.push(recordKind, parser.readValueAsTree(), client, batch).at(index, null));
            }
        }
        push.finish(batch);
        return reported(recordKind, report, client);
    }

    private BatchReport.Import csv(RecordKind kind, Reader reader, CallingClient client) throws IOException {
        CsvReader csv = new CsvReader(reader);
        CsvReader.Record header = csv.next();
        if (header == null || header.isMalformed() || !header.fields().contains("sourceId")) {
            throw new InvalidFieldException("header", "the first line must name the columns, as the push API names "
                    + "its members: sourceId, documentNumber or qid, …");
        }
        List<String> columns = header.fields().stream().map(String::strip).toList();
        BatchReport report = BatchReport.forImport();
        HealthRecordPush.Batch batch = new HealthRecordPush.Batch();
        for (CsvReader.Record line = csv.next(); line != null; line = csv.next()) {
            if (line.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (line.isMalformed() || line.fields().size() != columns.size()) {
                report.add(new HealthRecordPush.ItemResult(null, (int) line.line(), null, ItemStatus.INVALID,
                        null, List.of(new FieldError("line",
                                "must have " + columns.size() + " fields, as the header, quoted as RFC 4180 says"))));
                continue;
            }
            report.add(push.push(kind, item(columns, line.fields()), client, batch).at(null, (int) line.line()));
        }
        push.finish(batch);
        return reported(kind, report, client);
    }

    /** Once the whole import is in: its records commit one by one, so the event has its own transaction. */
    private BatchReport.Import reported(RecordKind kind, BatchReport report, CallingClient client) {
        BatchReport.Import imported = report.imported();
        events.publish(new HealthRecordsReceived(kind.path(), HealthRecordsReceived.Via.IMPORT, imported.created(),
                imported.existing(), imported.rejectedCount(), client.clientId(), Instant.now()));
        return imported;
    }

    /** A CSV line as the JSON item the push API takes: empty cells absent, whole numbers as numbers. */
    private ObjectNode item(List<String> columns, List<String> fields) {
        ObjectNode item = json.createObjectNode();
        for (int i = 0; i < columns.size(); i++) {
            String value = fields.get(i).strip();
            if (value.isEmpty()) {
                continue;
            }
            if (INTEGER_COLUMNS.contains(columns.get(i)) && value.matches("[0-9]{1,9}")) {
                item.put(columns.get(i), Integer.parseInt(value));
            } else {
                item.put(columns.get(i), value);
            }
        }
        return item;
    }

    private static RecordKind kind(String path) {
        return RecordKind.ofPath(path).orElseThrow(() -> new InvalidFieldException("kind",
                "must be vaccinations, tests or recoveries"));
    }
}
