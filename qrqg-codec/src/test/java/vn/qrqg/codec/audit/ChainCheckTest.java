package vn.qrqg.codec.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.audit.ChainCheck.Break;
import vn.qrqg.codec.audit.ChainCheck.Kind;

class ChainCheckTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    /** A stored row: its place, its content's bytes and the hash the writer stored with it. */
    private record Row(Long seq, byte[] bytes, byte[] hash, String name) {
    }

    @Test
    void aRecordsBytesAreNetstringsOfItsKindPlaceAndFields() {
        byte[] bytes = AuditChain.readBytes(7, Instant.parse("2026-12-06T01:02:03.000004Z"), "police-1",
                "0b7c1b8e-0000-4000-8000-000000000001", "scan:police", "079123456789012345", null,
                List.of("shortName", "birthYear"), "POST /api/v1/scans", "VALID");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("4:read,1:7,16:1796518923000004,8:police-1,"
                + "36:0b7c1b8e-0000-4000-8000-000000000001,11:scan:police,18:079123456789012345,-,1:2,9:shortName,"
                + "9:birthYear,18:POST /api/v1/scans,5:VALID,");
        assertThat(new String(AuditChain.adminActionBytes(1, Instant.parse("2026-12-06T00:00:00Z"), null, "KeyRotated",
                List.of(), "Đã xoay khóa"), StandardCharsets.UTF_8))
                .as("lengths count UTF-8 bytes").isEqualTo("5:admin,1:1,16:1796515200000000,-,10:KeyRotated,1:0,15:Đã xoay khóa,");
    }

    @Test
    void anUntouchedDayFitsAndEndsAtItsSignedHead() {
        List<Row> rows = chain(5);
        assertThat(check(rows, head(rows))).isEmpty();
        assertThat(check(rows, null)).as("a day not sealed yet is checked as far as it goes").isEmpty();
    }

    @Test
    void aChangedRecordIsNamed() {
        List<Row> rows = chain(5);
        SignedHead head = head(rows);
        Row third = rows.get(2);
        rows.set(2, new Row(third.seq(), read(3, "NOT_FOUND"), third.hash(), third.name()));

        assertThat(check(rows, head)).hasValueSatisfying(found -> {
            assertThat(found.kind()).isEqualTo(Kind.CHANGED);
            assertThat(found.record()).isEqualTo("row 3");
        });
    }

    @Test
    void aRemovedRecordIsNamedByItsPlaceAndTheRecordAfterIt() {
        List<Row> rows = chain(5);
        SignedHead head = head(rows);
        rows.remove(1);

        assertThat(check(rows, head)).hasValueSatisfying(found -> {
            assertThat(found.kind()).isEqualTo(Kind.REMOVED);
            assertThat(found.seq()).isEqualTo(2);
            assertThat(found.record()).isEqualTo("row 3");
        });
    }

    @Test
    void removingTheLastRecordsIsFoundAgainstTheSignedHead() {
        List<Row> rows = chain(5);
        SignedHead head = head(rows);
        rows.subList(3, 5).clear();

        assertThat(check(rows, head)).map(Break::kind).hasValue(Kind.REMOVED);
        assertThat(check(rows, null)).as("without a head nothing tells a shorter day").isEmpty();
    }

    @Test
    void anInsertedRecordIsNamedWhetherItTakesAPlaceHasNoneOrComesAfterTheHead() {
        List<Row> rows = chain(5);
        SignedHead head = head(rows);

        List<Row> twice = new ArrayList<>(rows);
        twice.add(3, new Row(3L, read(3, "VALID"), rows.get(2).hash(), "forged"));
        assertThat(check(twice, head)).hasValueSatisfying(found -> {
            assertThat(found.kind()).isEqualTo(Kind.INSERTED);
            assertThat(found.record()).isEqualTo("forged");
        });

        List<Row> outside = new ArrayList<>(rows);
        outside.add(new Row(null, read(6, "VALID"), null, "forged"));
        assertThat(check(outside, head)).map(Break::record).hasValue("forged");

        List<Row> after = new ArrayList<>(rows);
        byte[] extra = read(6, "VALID");
        after.add(new Row(6L, extra, AuditChain.next(rows.get(4).hash(), extra), "forged"));
        assertThat(check(after, head)).hasValueSatisfying(found -> {
            assertThat(found.kind()).isEqualTo(Kind.INSERTED);
            assertThat(found.record()).isEqualTo("forged");
        });
        assertThat(check(after, null)).as("an unsealed day's chain cannot tell an added record that fits").isEmpty();
    }

    @Test
    void aChainRewrittenWithItsHashesDoesNotEndAtTheSignedHead() {
        List<Row> rows = chain(5);
        SignedHead head = head(rows);
        List<Row> rewritten = new ArrayList<>();
        byte[] hash = AuditChain.genesis(DAY);
        for (int i = 1; i <= 5; i++) {
            byte[] bytes = read(i, i == 2 ? "NOT_FOUND" : "VALID");
            hash = AuditChain.next(hash, bytes);
            rewritten.add(new Row((long) i, bytes, hash, "row " + i));
        }

        assertThat(check(rewritten, head)).map(Break::kind).hasValue(Kind.REWRITTEN);
    }

    private static List<Row> chain(int size) {
        List<Row> rows = new ArrayList<>();
        byte[] hash = AuditChain.genesis(DAY);
        for (int i = 1; i <= size; i++) {
            byte[] bytes = read(i, "VALID");
            hash = AuditChain.next(hash, bytes);
            rows.add(new Row((long) i, bytes, hash, "row " + i));
        }
        return rows;
    }

    private static SignedHead head(List<Row> rows) {
        return new SignedHead(DAY, rows.size(), rows.getLast().hash(), null, "unchecked");
    }

    private static byte[] read(long seq, String outcome) {
        return AuditChain.readBytes(seq, Instant.parse("2026-12-06T10:00:00Z").plusSeconds(seq), "venue-staff",
                "0b7c1b8e-0000-4000-8000-000000000001", "scan:venue", "079123456789012345", null, List.of("shortName"),
                "POST /api/v1/scans", outcome);
    }

    private static Optional<Break> check(List<Row> rows, SignedHead head) {
        ChainCheck check = new ChainCheck(DAY, head);
        for (Row row : rows) {
            if (check.add(row.seq(), row.bytes(), row.hash(), row.name()).isPresent()) {
                break;
            }
        }
        return check.end();
    }
}
