package vn.qrqg.cli;

import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.audit.SignedHead;
import vn.qrqg.codec.signature.TrustList;

/** The signed heads the platform publishes for a day and its two neighbours, and what they say of each other. */
final class PublishedHeads {
    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

    private final LocalDate day;
    private final Map<LocalDate, SignedHead> byDay;

    private PublishedHeads(LocalDate day, Map<LocalDate, SignedHead> byDay) {
        this.day = day;
        this.byDay = byDay;
    }

    /** {@code GET /api/v1/audit/heads} for the day before {@code day} to the day after. */
    static PublishedHeads around(AdminClient platform, LocalDate day) {
        Map<String, Object> answer = platform.get("/api/v1/audit/heads?from=" + day.minusDays(1) + "&to="
                + day.plusDays(1), true);
        Map<LocalDate, SignedHead> byDay = new HashMap<>();
        for (Object item : AuditVerifyCommand.list(answer.get("items"))) {
            if (item instanceof Map<?, ?> head) {
                SignedHead signed = new SignedHead(LocalDate.parse(String.valueOf(head.get("day"))),
                        ((Number) head.get("records")).longValue(), bytes(head.get("head")), bytes(head.get("previous")),
                        String.valueOf(head.get("signature")));
                byDay.put(signed.day(), signed);
            }
        }
        return new PublishedHeads(day, byDay);
    }

    /** The day's signed head; null while it is not sealed. */
    SignedHead head() {
        return byDay.get(day);
    }

    /**
     * What is wrong with the heads, if anything: the day's signature, its link to the day before,
     * the day after's link to it, a head missing between two. Notes what it checked in {@code report}.
     */
    Optional<String> problem(TrustList trusted, Map<String, Object> report) {
        SignedHead head = head();
        SignedHead before = byDay.get(day.minusDays(1));
        SignedHead after = byDay.get(day.plusDays(1));
        if (head == null) {
            report.put("signed head", "none yet: the day is not sealed");
            return after == null ? Optional.empty()
                    : Optional.of("the day after is sealed, yet this day's signed head is missing");
        }
        ScanOutcome signature = head.verify(trusted);
        if (signature != ScanOutcome.VALID) {
            return Optional.of("the signed head does not verify against the platform's keys: " + signature);
        }
        report.put("signed head", head.records() + " records, signed by key " + head.keyId() + ", signature valid");
        if (before != null && !Objects.equals(SignedHead.text(head.previous()), SignedHead.text(before.head()))) {
            return Optional.of("the signed head does not name the previous day's published head");
        }
        if (after != null && !Objects.equals(SignedHead.text(after.previous()), SignedHead.text(head.head()))) {
            return Optional.of("the next day's signed head names another head than this day's");
        }
        report.put("linked", (before == null ? "no head published for " + day.minusDays(1) : "to " + day.minusDays(1))
                + (after == null ? "" : "; " + day.plusDays(1) + " names this head"));
        return Optional.empty();
    }

    static byte[] bytes(Object base64url) {
        return base64url == null ? null : BASE64URL.decode(base64url.toString());
    }
}
