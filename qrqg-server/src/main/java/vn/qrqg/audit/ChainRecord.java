package vn.qrqg.audit;

/**
 * One audit record as its day's chain holds it (docs/audit.md), for {@code bin/qrqg audit verify}:
 * its place, the hash stored with it, and its content, a read or an admin action.
 *
 * @param kind {@code read} or {@code admin}
 * @param id its row's id in its table, to name it
 * @param seq its place in its day's chain; null when it has none (written outside the audit's writer)
 * @param hash the hash stored with it, base64url; null when it has none
 * @param read the read, when {@code kind} is {@code read}
 * @param adminAction the action, when {@code kind} is {@code admin}
 */
public record ChainRecord(String kind, long id, Long seq, String hash, AuditEntry read, AdminAction adminAction) {
}
