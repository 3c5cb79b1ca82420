package vn.qrqg.audit.internal;

import java.util.HexFormat;
import vn.qrqg.audit.AdminAction;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.codec.audit.AuditChain;

/** What the chain hashes of each kind of audit record (docs/audit.md), from the audit's own types. */
final class ChainBytes {
    private ChainBytes() {
    }

    static byte[] of(AuditEntry read, long seq) {
        return AuditChain.readBytes(seq, read.at(), read.clientId(), read.appId().toString(), read.scope(), read.qid(),
                read.documentNumber(), read.fields(), read.purpose(), read.outcome());
    }

    static byte[] of(AdminAction action, long seq) {
        return AuditChain.adminActionBytes(seq, action.at(), action.actor(), action.action(), action.subjects(),
                action.summary());
    }

    /** A hash as PostgreSQL's text form of bytea reads it: {@code \x} and hex digits. */
    static String hex(byte[] hash) {
        return "\\x" + HexFormat.of().formatHex(hash);
    }
}
