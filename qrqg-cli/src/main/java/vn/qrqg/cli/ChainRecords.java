package vn.qrqg.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.qrqg.codec.audit.AuditChain;
import vn.qrqg.codec.audit.ChainCheck;

/** A day's audit records, fetched page by page in chain order, fed to a {@link ChainCheck}. */
final class ChainRecords {
    private ChainRecords() {
    }

    /**
     * Feeds every record of {@code date}'s chain, then those with no place in it ({@code day}'s
     * {@code unchained}), to {@code check}; the first break, if any.
     */
    static Optional<ChainCheck.Break> feed(AdminClient platform, LocalDate date, ChainCheck check, int page,
            Map<String, Object> day) {
        long after = 0;
        while (true) {
            Map<String, Object> answer = platform.get("/api/v1/admin/audit/days/" + date + "/records?after=" + after
                    + "&limit=" + page, false);
            for (Object item : AuditVerifyCommand.list(answer.get("items"))) {
                Optional<ChainCheck.Break> found = add(check, (Map<?, ?>) item);
                if (found.isPresent()) {
                    return found;
                }
            }
            if (!(answer.get("next") instanceof Number next)) {
                break;
            }
            after = next.longValue();
        }
        for (Object item : AuditVerifyCommand.list(day.get("unchained"))) {
            Optional<ChainCheck.Break> found = add(check, (Map<?, ?>) item);
            if (found.isPresent()) {
                return found;
            }
        }
        return check.end();
    }

    private static Optional<ChainCheck.Break> add(ChainCheck check, Map<?, ?> record) {
        Long seq = record.get("seq") instanceof Number number ? number.longValue() : null;
        long place = seq == null ? 0 : seq;
        return check.add(seq, bytes(record, place), PublishedHeads.bytes(record.get("hash")),
                AuditVerifyCommand.label(record));
    }

    /** The bytes the chain hashed for {@code record} at {@code place} (docs/audit.md). */
    private static byte[] bytes(Map<?, ?> record, long place) {
        if (record.get("read") instanceof Map<?, ?> read) {
            return AuditChain.readBytes(place, Instant.parse(String.valueOf(read.get("at"))), text(read.get("clientId")),
                    text(read.get("appId")), text(read.get("scope")), text(read.get("qid")),
                    text(read.get("documentNumber")), texts(read.get("fields")), text(read.get("purpose")),
                    text(read.get("outcome")));
        }
        Map<?, ?> action = (Map<?, ?>) record.get("adminAction");
        return AuditChain.adminActionBytes(place, Instant.parse(String.valueOf(action.get("at"))),
                text(action.get("actor")), text(action.get("action")), texts(action.get("subjects")),
                text(action.get("summary")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> texts(Object value) {
        return AuditVerifyCommand.list(value).stream().map(String::valueOf).toList();
    }
}
