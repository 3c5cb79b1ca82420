package vn.qrqg.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.audit.AdminAction;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.cli.QrqgCommand;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.platform.PlatformTestSupport;

/**
 * The audit is tamper-evident (docs/audit.md): whoever owns the database may switch the
 * append-only triggers off and edit, delete or insert a record, and {@code bin/qrqg audit verify}
 * names the first record that no longer fits the day's chain and its signed head. Each test has
 * its own past day, two days from any other's, so that their heads do not link to each other.
 */
class AuditChainIT extends PlatformTestSupport {

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditSeals seals;

    @Autowired
    AuditRetention retention;

    @Autowired
    AdminActionRepository adminActions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    ChainHeads heads;

    @Test
    void anUntouchedSealedDayIsIntactAndItsHeadIsPublished() throws Exception {
        LocalDate day = freshDay(9);
        List<String> qids = recordReads(day, 5);

        assertThat(seals.seal(day)).isTrue();
        assertThat(seals.seal(day)).as("a day is sealed once").isFalse();

        Run run = verify(day);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("result:", "INTACT", "5 fit, as its signed head counts", "signature valid");
        assertThat(get("/api/v1/audit/heads?from=" + day + "&to=" + day).body())
                .contains("\"day\":\"" + day + "\"", "\"records\":5");
        assertThat(jdbc.sql("select seq from audit_record where qid in (:qids) order by seq").param("qids", qids)
                .query(Long.class).list()).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aChangedRecordIsNamed() throws Exception {
        LocalDate day = freshDay(12);
        List<String> qids = recordReads(day, 5);
        seals.seal(day);

        long changed = idOf(qids.get(2));
        asOwnerWithoutTriggers(day, "update " + partition(day) + " set outcome = 'NOT_FOUND' where id = " + changed);

        Run run = verify(day);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("TAMPERED", "CHANGED at place 3: read id " + changed, "it was changed");
    }

    @Test
    void aDeletedRecordIsNamedByThePlaceItLeftEmpty() throws Exception {
        LocalDate day = freshDay(15);
        List<String> qids = recordReads(day, 5);
        seals.seal(day);

        asOwnerWithoutTriggers(day, "delete from " + partition(day) + " where id = " + idOf(qids.get(1)));

        Run run = verify(day);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("TAMPERED", "REMOVED at place 2: read id " + idOf(qids.get(2)),
                "the record at place 2, before this one, is missing");
    }

    @Test
    void anInsertedRecordIsNamedWhetherItTakesAPlaceOrNone() throws Exception {
        LocalDate day = freshDay(18);
        List<String> qids = recordReads(day, 3);
        seals.seal(day);
        // as the platform's own database role may: add a row, outside the audit's writer
        jdbc.sql("""
                        insert into audit_record (at, client_id, app_id, scope, qid, fields, purpose, outcome)
                        values (:at, 'forger', :app, 'scan:police', :qid, '{shortName}', 'POST /api/v1/scans', 'VALID')""")
                .param("at", day.atTime(13, 0).atOffset(ZoneOffset.UTC)).param("app", UUID.randomUUID())
                .param("qid", Qid.generate().value()).update();

        Run outside = verify(day);
        assertThat(outside.exitCode()).isEqualTo(1);
        assertThat(outside.out()).contains("INSERTED", "client forger", "no place in the chain");

        asOwner().sql("delete from audit_chain_head where day = :day").param("day", day).update();
        asOwner().sql("drop table " + partition(day)).update();
        ownPartition(day);
        qids = recordReads(day, 3);
        seals.seal(day);
        asOwner().sql("""
                        insert into %s (at, client_id, app_id, scope, qid, fields, purpose, outcome, seq, hash)
                        select at, 'forger', app_id, scope, qid, fields, purpose, 'VALID', seq, hash from %s where id = %d
                        """.formatted(partition(day), partition(day), idOf(qids.get(1)))).update();

        Run twice = verify(day);
        assertThat(twice.exitCode()).isEqualTo(1);
        assertThat(twice.out()).contains("INSERTED at place 2", "client forger", "taken twice");
    }

    @Test
    void anAdminActionIsInTheChainToo() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String subject = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> adminActions.insert(new AdminAction(Instant.now(), "admin",
                "AppStatusChanged", List.of(subject), "PENDING -> CERTIFIED")));
        String change = "update audit_admin_action set summary = 'PENDING -> REVOKED' where subjects = array['"
                + subject + "']";
        asOwner().sql("alter table audit_admin_action disable trigger audit_admin_action_append_only").update();
        try {
            asOwner().sql(change).update();
        } finally {
            asOwner().sql("alter table audit_admin_action enable trigger audit_admin_action_append_only").update();
        }

        Run run = verify(today);
        asOwner().sql("alter table audit_admin_action disable trigger audit_admin_action_append_only").update();
        try { // today's chain as it was, for the tests after this one
            asOwner().sql(change.replace("REVOKED", "CERTIFIED")).update();
        } finally {
            asOwner().sql("alter table audit_admin_action enable trigger audit_admin_action_append_only").update();
        }

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("CHANGED", "admin action id", "AppStatusChanged by admin");
        assertThat(run.out()).as("today is not sealed yet").contains("none yet");
    }

    @Test
    void theHeadsChainAcrossDaysAndOutliveTheRecordsRetentionDrops() throws Exception {
        LocalDate first = freshDay(35);
        LocalDate second = freshDay(34);
        recordReads(first, 2);
        recordReads(second, 3);
        seals.seal(first);
        seals.seal(second);

        Run linked = verify(second);
        assertThat(linked.exitCode()).as(linked.out() + linked.err()).isZero();
        assertThat(linked.out()).contains("INTACT", "to " + first);

        assertThat(retention.dropExpired()).contains(partition(first), partition(second));

        Run dropped = verify(first);
        assertThat(dropped.exitCode()).as(dropped.out() + dropped.err()).isZero();
        assertThat(dropped.out()).contains("DROPPED BY RETENTION", "2 records, signed by key");
        assertThat(get("/api/v1/audit/heads?from=" + first + "&to=" + second).body())
                .contains("\"day\":\"" + first + "\"", "\"day\":\"" + second + "\"");
    }

    @Test
    void aDayDroppedBeforeItsRetentionEndedIsTampering() throws Exception {
        LocalDate day = freshDay(21);
        recordReads(day, 2);
        seals.seal(day);

        asOwner().sql("drop table " + partition(day)).update();

        Run run = verify(day);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("TAMPERED", "yet its retention runs until");
    }

    @Test
    void aReadOfASealedDayIsRefusedRatherThanLeftOutOfItsChain() {
        LocalDate day = freshDay(24);
        recordReads(day, 1);
        seals.seal(day);

        assertThatThrownBy(() -> recordReads(day, 1))
                .hasMessageContaining("sealed");
    }

    @Test
    void everyDaySinceTheLastSealUpToYesterdayIsSealedInOrderEvenWithoutRecords() throws Exception {
        LocalDate start = freshDay(27);
        recordReads(start, 1);
        seals.seal(start);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        seals.sealDue();

        Run yesterday = verify(today.minusDays(1));
        assertThat(yesterday.exitCode()).as(yesterday.out() + yesterday.err()).isZero();
        assertThat(yesterday.out()).contains("signature valid", "to " + today.minusDays(2));
        assertThat(get("/api/v1/audit/heads?from=" + today + "&to=" + today).body())
                .as("today is sealed a minute after its midnight, not before").contains("\"items\":[]");
        assertThat(seals.sealDue()).isEmpty();
    }

    @Test
    void twoInstancesWritingOneDayKeepOneChain() throws Exception {
        LocalDate day = freshDay(30);
        ChainedInserts otherInstance = new ChainedInserts(jdbcTemplate, heads, transactions);
        for (int round = 0; round < 3; round++) {
            recordReads(day, 2); // this instance, which remembers the head it last wrote
            otherInstance.insert(List.of(new AuditEntry(day.atTime(11, round).toInstant(ZoneOffset.UTC), "other-instance",
                    UUID.randomUUID(), "scan:police", Qid.generate().value(), null, List.of("fullName"),
                    "POST /api/v1/scans", "VALID")));
        }
        seals.seal(day);

        Run run = verify(day);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("INTACT", "9 fit, as its signed head counts");
    }

    /** {@code daysAgo}'s day, emptied of anything a run before left there, with its neighbours' heads. */
    private LocalDate freshDay(int daysAgo) {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo);
        asOwner().sql("delete from audit_chain_head where day between :from and :to")
                .param("from", day.minusDays(1)).param("to", day.plusDays(1)).update();
        asOwner().sql("drop table if exists " + partition(day)).update();
        ownPartition(day);
        return day;
    }

    /** A past day's partition, as the platform makes it (see AuditRetentionIT). */
    private void ownPartition(LocalDate day) {
        asOwner().sql("create table " + partition(day) + " partition of audit_record for values from ('" + day
                + " 00:00:00+00') to ('" + day.plusDays(1) + " 00:00:00+00')").update();
        asOwner().sql("create trigger audit_record_no_truncate before truncate on " + partition(day)
                + " for each statement execute function audit_record_refuse_change()").update();
    }

    /** {@code count} scans of new people on {@code day}, through the platform's audit; their QIDs in order. */
    private List<String> recordReads(LocalDate day, int count) {
        List<String> qids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String qid = Qid.generate().value();
            audit.record(new AuditEntry(day.atTime(10, i).toInstant(ZoneOffset.UTC), "venue-staff-" + i,
                    UUID.randomUUID(), "scan:venue", qid, null, List.of("shortName", "birthYear"), "POST /api/v1/scans",
                    "VALID"));
            qids.add(qid);
        }
        return qids;
    }

    private long idOf(String qid) {
        return jdbc.sql("select id from audit_record where qid = :qid").param("qid", qid).query(Long.class).single();
    }

    /** {@code statement} as the owner, the append-only trigger of the day's partition switched off meanwhile. */
    private void asOwnerWithoutTriggers(LocalDate day, String statement) {
        asOwner().sql("alter table " + partition(day) + " disable trigger audit_record_append_only").update();
        try {
            asOwner().sql(statement).update();
        } finally {
            asOwner().sql("alter table " + partition(day) + " enable trigger audit_record_append_only").update();
        }
    }

    /** What {@code bin/qrqg audit verify} printed and its exit code. */
    private record Run(int exitCode, String out, String err) {
    }

    /** {@code bin/qrqg audit verify --url … --day …}, as an operator runs it. */
    private Run verify(LocalDate day) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = QrqgCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "audit", "verify",
                "--url", "http://127.0.0.1:" + port, "--day", day.toString());
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static String partition(LocalDate day) {
        return "audit_record_p" + day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }
}
