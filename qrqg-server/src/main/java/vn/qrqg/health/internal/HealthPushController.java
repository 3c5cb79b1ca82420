package vn.qrqg.health.internal;

import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.health.HealthRecordsReceived;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.health.HealthProperties;
import vn.qrqg.health.HealthRecordConflictException;
import vn.qrqg.health.UnknownPersonException;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.platform.web.ItemStatus;

/**
 * The push API of the national vaccination database and the test systems (scope
 * {@code health:write}): one record, answered 201 (stored) or 200 (a replay of a stored one), or
 * a batch {@code {items: [...]}}, answered 200 with each item's own result. Each request publishes
 * {@link HealthRecordsReceived} with its counts.
 */
@RestController
@RequiresScope(Scopes.HEALTH_WRITE)
class HealthPushController {
    private final HealthRecordPush push;
    private final HealthProperties properties;
    private final EventOutbox events;

    HealthPushController(HealthRecordPush push, HealthProperties properties, EventOutbox events) {
        this.push = push;
        this.properties = properties;
        this.events = events;
    }

    @PostMapping("/api/v1/health/vaccinations")
    ResponseEntity<?> vaccinations(@RequestBody JsonNode body, @AuthenticationPrincipal CallingClient client) {
        return push(RecordKind.VACCINATION, body, client);
    }

    @PostMapping("/api/v1/health/tests")
    ResponseEntity<?> tests(@RequestBody JsonNode body, @AuthenticationPrincipal CallingClient client) {
        return push(RecordKind.TEST, body, client);
    }

    @PostMapping("/api/v1/health/recoveries")
    ResponseEntity<?> recoveries(@RequestBody JsonNode body, @AuthenticationPrincipal CallingClient client) {
        return push(RecordKind.RECOVERY, body, client);
    }

    private ResponseEntity<?> push(RecordKind kind, JsonNode body, CallingClient client) {
        if (body != null && body.isObject() && body.has("items")) {
            JsonNode items = body.get("items");
            if (!items.isArray() || items.isEmpty() || items.size() > properties.maxBatchItems() || body.size() > 1) {
                throw new InvalidFieldException("items", "must be the only member, a list of 1 to "
                        + properties.maxBatchItems() + " records");
            }
            BatchReport report = BatchReport.forBatch();
            HealthRecordPush.Batch people = new HealthRecordPush.Batch();
            for (int i = 0; i < items.size(); i++) {
                report.add(push.push(kind, items.get(i), client, people).at(i, null));
            }
            push.finish(people);
            BatchReport.Batch batch = report.batch();
            received(kind, batch.created(), batch.existing(), batch.rejected(), client);
            return ResponseEntity.ok(batch);
        }
        HealthRecordPush.ItemResult result = push.push(kind, body, client);
        received(kind, result.status() == ItemStatus.CREATED ? 1 : 0,
                result.status() == ItemStatus.EXISTING ? 1 : 0, result.rejected() ? 1 : 0, client);
        return switch (result.status()) {
            case CREATED -> ResponseEntity.status(HttpStatus.CREATED).body(result);
            case EXISTING -> ResponseEntity.ok(result);
            case INVALID -> throw new InvalidFieldException(result.errors());
            case UNKNOWN_PERSON -> throw new UnknownPersonException(result.errors().getFirst().field());
            case CONFLICT -> throw new HealthRecordConflictException();
        };
    }

    private void received(RecordKind kind, int created, int existing, int rejected, CallingClient client) {
        events.publish(new HealthRecordsReceived(kind.path(), HealthRecordsReceived.Via.PUSH, created, existing,
                rejected, client.clientId(), Instant.now()));
    }
}
