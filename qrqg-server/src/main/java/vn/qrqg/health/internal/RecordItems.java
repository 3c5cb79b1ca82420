package vn.qrqg.health.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.health.TestResult;
import vn.qrqg.health.TestType;
import vn.qrqg.platform.web.FieldErrors;
import vn.qrqg.platform.web.JsonFields;

/**
 * Reads one pushed record ({@code POST /api/v1/health/{kind}}, or a line of a bulk import) into
 * its source id, its person and its content, naming every bad field. Dates may not lie in the
 * future (a few minutes' grace for the source's clock) nor before the pandemic.
 */
final class RecordItems {
    static final int MAX_SOURCE_ID = 100;
    static final int MAX_TEXT = 200;
    static final LocalDate FIRST_VACCINATION = LocalDate.of(2020, 12, 1);
    static final Instant PANDEMIC = Instant.parse("2019-12-01T00:00:00Z");
    static final Duration CLOCK_GRACE = Duration.ofMinutes(5);

    /** The person a record names: by exactly one of the two. */
    record PersonRef(String documentNumber, String qid) {

        /** The member that named the person, for errors. */
        String field() {
            return documentNumber != null ? "documentNumber" : "qid";
        }
    }

    /** A record as read: everything valid. */
    record Item(String sourceId, PersonRef person, RecordContent content) {
    }

    private final VaccineProducts products;
    private final Clock clock;

    RecordItems(VaccineProducts products, Clock clock) {
        this.products = products;
        this.clock = clock;
    }

    /** The item, or {@code null} with {@code errors} saying why. */
    Item read(RecordKind kind, JsonNode node, FieldErrors errors) {
        if (node == null || !node.isObject()) {
            errors.reject("item", "must be a JSON object");
            return null;
        }
        int before = errors.count();
        JsonFields fields = new JsonFields(node, "", errors);
        String sourceId = fields.text("sourceId", true, MAX_SOURCE_ID);
        PersonRef person = person(fields);
        RecordContent content = switch (kind) {
            case VACCINATION -> vaccination(fields);
            case TEST -> test(fields);
            case RECOVERY -> recovery(fields);
        };
        return errors.count() == before ? new Item(sourceId, person, content) : null;
    }

    private PersonRef person(JsonFields fields) {
        boolean byDocument = fields.has("documentNumber");
        if (byDocument == fields.has("qid")) {
            fields.error(byDocument ? "qid" : "documentNumber", "name the person by documentNumber or by qid, one of the two");
            return null;
        }
        if (byDocument) {
            String number = fields.text("documentNumber", true, 20);
            try {
                return number == null ? null : new PersonRef(DocumentNumber.parse(number).value(), null);
            } catch (QrFormatException e) {
                fields.error("documentNumber", "must be a CCCD (12 digits), CMND (9 digits) or passport number");
                return null;
            }
        }
        String qid = fields.text("qid", true, Qid.LENGTH);
        if (qid != null && !Qid.isValid(qid)) {
            fields.error("qid", "must be a QID: 18 digits, the last a Luhn check digit");
            return null;
        }
        return qid == null ? null : new PersonRef(null, qid);
    }

    private RecordContent vaccination(JsonFields fields) {
        fields.onlyMembers(Set.of("sourceId", "documentNumber", "qid", "date", "doseNumber", "product", "lot", "site"));
        LocalDate date = fields.date("date", true);
        LocalDate today = VietnamTime.dateOf(clock.instant().plus(CLOCK_GRACE));
        if (date != null && (date.isBefore(FIRST_VACCINATION) || date.isAfter(today))) {
            fields.error("date", "must be a day from " + FIRST_VACCINATION + " to today (Vietnam time)");
        }
        Integer doseNumber = fields.integer("doseNumber", true, 1, 10);
        String product = fields.text("product", true, 60);
        if (product != null && products.find(product).isEmpty()) {
            fields.error("product", "must be a code of the vaccine value set: " + String.join(", ", products.codes()));
        }
        String lot = fields.text("lot", false, 50);
        String site = fields.text("site", false, MAX_TEXT);
        return doseNumber == null ? null : new RecordContent.VaccinationContent(date, doseNumber, product, lot, site);
    }

    private RecordContent test(JsonFields fields) {
        fields.onlyMembers(Set.of("sourceId", "documentNumber", "qid", "type", "sampledAt", "result", "lab"));
        TestType type = fields.oneOf("type", TestType.class, true);
        Instant sampledAt = past(fields, "sampledAt", fields.instant("sampledAt", true));
        TestResult result = fields.oneOf("result", TestResult.class, true);
        String lab = fields.text("lab", false, MAX_TEXT);
        return new RecordContent.TestContent(type, sampledAt, result, lab);
    }

    private RecordContent recovery(JsonFields fields) {
        fields.onlyMembers(Set.of("sourceId", "documentNumber", "qid", "confirmedAt", "recoveredAt", "facility"));
        Instant confirmedAt = past(fields, "confirmedAt", fields.instantOrDate("confirmedAt", true));
        Instant recoveredAt = past(fields, "recoveredAt", fields.instantOrDate("recoveredAt", true));
        if (confirmedAt != null && recoveredAt != null && recoveredAt.isBefore(confirmedAt)) {
            fields.error("recoveredAt", "must not be before confirmedAt");
        }
        String facility = fields.text("facility", false, MAX_TEXT);
        return new RecordContent.RecoveryContent(confirmedAt, recoveredAt, facility);
    }

    private Instant past(JsonFields fields, String member, Instant instant) {
        if (instant != null && (instant.isBefore(PANDEMIC) || instant.isAfter(clock.instant().plus(CLOCK_GRACE)))) {
            fields.error(member, "must lie between " + PANDEMIC + " and now");
            return null;
        }
        return instant;
    }
}
