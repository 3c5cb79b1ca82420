package vn.qrqg.checkins.internal;

import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.qrqg.checkins.CheckInsProperties;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.platform.idempotency.Idempotent;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * {@code POST /api/v1/checkins/batch} {@code {events: [{readerId, sequence, text, direction,
 * occurredAt}]}}: an offline reader's upload through its venue's staff scanner. 200 with one result
 * per event, in order, once every stored event is committed.
 */
@RestController
class BatchController {
    private final BatchIngestion ingestion;
    private final CheckInsProperties properties;

    BatchController(BatchIngestion ingestion, CheckInsProperties properties) {
        this.ingestion = ingestion;
        this.properties = properties;
    }

    @RequiresScope(Scopes.CHECKIN_VENUE)
    @Idempotent
    @PostMapping("/api/v1/checkins/batch")
    ResponseEntity<BatchAnswer> upload(@RequestBody(required = false) JsonNode body,
            @AuthenticationPrincipal CallingClient scanner) {
        JsonNode events = body == null ? null : body.get("events");
        if (events == null || !events.isArray()) {
            throw new InvalidFieldException("events", "is required: an array of {readerId, sequence, text, direction, "
                    + "occurredAt}");
        }
        if (events.size() > properties.maxBatchSize()) {
            throw new InvalidFieldException("events", "holds at most " + properties.maxBatchSize()
                    + " events; send the rest in another batch");
        }
        List<JsonNode> items = new java.util.ArrayList<>(events.size());
        events.forEach(items::add);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new BatchAnswer(ingestion.ingest(scanner, items)));
    }

    record BatchAnswer(List<BatchIngestion.BatchResult> results) {
    }
}
