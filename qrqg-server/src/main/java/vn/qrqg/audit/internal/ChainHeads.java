package vn.qrqg.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.codec.audit.AuditChain;
import vn.qrqg.codec.audit.SignedHead;
import vn.qrqg.platform.database.ReplicaReads;

/** The table {@code audit_chain_head}: where each day's chain has got to, and its signed head once sealed. */
public final class ChainHeads {

    /**
     * Where a day's chain has got to.
     *
     * @param records places taken so far
     * @param head the last record's hash, the genesis when there is none
     * @param sealed whether its head is signed: no record joins it any more
     */
    public record Head(LocalDate day, long records, byte[] head, boolean sealed) {
    }

    private final JdbcClient jdbc;

    ChainHeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The heads as the read replica has them, when there is one: for publishing the signed ones
     * only (a day is signed once, a minute after it ends; the replica shows it within its lag).
     * Writers and the seal lock and read the primary's.
     */
    public static ChainHeads published(ReplicaReads replica) {
        return new ChainHeads(replica.jdbc());
    }

    /**
     * The day's head, locked until the caller's transaction ends, so that writers on every
     * instance take places one after the other; a day not begun yet begins at its genesis.
     */
    Head lock(LocalDate day) {
        Optional<Head> head = locked(day);
        if (head.isPresent()) {
            return head.get();
        }
        jdbc.sql("insert into audit_chain_head (day, records, head) values (:day, 0, :genesis) on conflict do nothing")
                .param("day", day).param("genesis", AuditChain.genesis(day)).update();
        return locked(day).orElseThrow();
    }

    /** Moves a locked, unsealed day's head on to {@code records} places ending in {@code head}. */
    void advance(LocalDate day, long records, byte[] head) {
        jdbc.sql("update audit_chain_head set records = :records, head = :head where day = :day and sealed_at is null")
                .param("day", day).param("records", records).param("head", head).update();
    }

    /**
     * Moves an unsealed day's head from {@code expected} places on to {@code records} ending in
     * {@code head}, locking it until the caller's transaction ends; false, moving nothing, when it
     * is not at {@code expected} places any more (another instance moved it) or is sealed.
     */
    boolean advanceFrom(LocalDate day, long expected, long records, byte[] head) {
        return jdbc.sql("""
                        update audit_chain_head set records = :records, head = :head
                        where day = :day and records = :expected and sealed_at is null""")
                .param("day", day).param("expected", expected).param("records", records).param("head", head)
                .update() == 1;
    }

    /** Signs off a locked day: its head as {@code signed} has it. */
    void seal(SignedHead signed) {
        jdbc.sql("""
                        update audit_chain_head set sealed_at = now(), previous = :previous, signature = :signature
                        where day = :day and sealed_at is null and records = :records and head = :head""")
                .param("day", signed.day()).param("previous", signed.previous()).param("signature", signed.signature())
                .param("records", signed.records()).param("head", signed.head()).update();
    }

    /** The head of the latest day sealed before {@code day}, which the day's signed head names. */
    Optional<byte[]> previousOf(LocalDate day) {
        return jdbc.sql("select head from audit_chain_head where day < :day and sealed_at is not null "
                        + "order by day desc limit 1")
                .param("day", day).query(byte[].class).optional();
    }

    /** The latest sealed day, if any. */
    Optional<LocalDate> latestSealed() {
        return jdbc.sql("select day from audit_chain_head where sealed_at is not null order by day desc limit 1")
                .query(LocalDate.class).optional();
    }

    /** The first day with a chain, if any. */
    Optional<LocalDate> earliest() {
        return jdbc.sql("select day from audit_chain_head order by day limit 1").query(LocalDate.class).optional();
    }

    /** Where {@code day}'s chain has got to, sealed or not; empty for a day with no chain. */
    public Optional<Head> find(LocalDate day) {
        return jdbc.sql("select day, records, head, sealed_at is not null as sealed from audit_chain_head where day = :day")
                .param("day", day).query((row, i) -> head(row)).optional();
    }

    /** The signed heads of the days from {@code from} to {@code to}, both included, oldest first. */
    public List<SignedHead> signed(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select day, records, head, previous, signature from audit_chain_head
                        where day between :from and :to and sealed_at is not null order by day""")
                .param("from", from).param("to", to)
                .query((row, i) -> new SignedHead(row.getObject("day", LocalDate.class), row.getLong("records"),
                        row.getBytes("head"), row.getBytes("previous"), row.getString("signature")))
                .list();
    }

    private Optional<Head> locked(LocalDate day) {
        return jdbc.sql("select day, records, head, sealed_at is not null as sealed from audit_chain_head "
                        + "where day = :day for update")
                .param("day", day).query((row, i) -> head(row)).optional();
    }

    private static Head head(ResultSet row) throws SQLException {
        return new Head(row.getObject("day", LocalDate.class), row.getLong("records"), row.getBytes("head"),
                row.getBoolean("sealed"));
    }
}
