package vn.qrqg.identity.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.identity.ImportReport;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.RegistryImport;
import vn.qrqg.identity.RegistryImportException;
import vn.qrqg.platform.csv.CsvReader;

/**
 * The registry import of the reference adapter: streams the file, checks each row, and writes
 * good rows in chunks of {@value #CHUNK}, each chunk committed on its own. A chunk that hits the
 * unique old-CMND index is retried row by row, so only the conflicting rows are rejected.
 */
final class CsvRegistryImport implements RegistryImport {
    static final int CHUNK = 1000;

    private record Pending(long line, RegisteredPerson person) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ImportRows rows;

    CsvRegistryImport(JdbcTemplate jdbc, TransactionTemplate transaction, AdministrativeUnits units) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.rows = new ImportRows(units);
    }

    @Override
    public ImportReport importCsv(Reader input) {
        CsvReader csv = new CsvReader(input);
        Tally tally = new Tally();
        long line = 1;
        try {
            CsvReader.Record header = csv.next();
            if (header == null) {
                throw new RegistryImportException("the file is empty: it needs at least the header line");
            }
            if (header.isMalformed()) {
                throw new RegistryImportException("the header line is malformed: " + header.malformation());
            }
            ImportColumns columns = ImportColumns.fromHeader(header.fields());
            PersonUpserts upserts = new PersonUpserts(jdbc, transaction, columns.present());
            List<Pending> chunk = new ArrayList<>(CHUNK);
            for (CsvReader.Record record = csv.next(); record != null; record = csv.next()) {
                line = record.line();
                if (record.isMalformed()) {
                    tally.reject(line, record.malformation());
                    continue;
                }
                try {
                    chunk.add(new Pending(line, rows.toPerson(columns, record.fields())));
                } catch (RowRejectedException e) {
                    tally.reject(line, e.getMessage());
                }
                if (chunk.size() == CHUNK) {
                    write(chunk, upserts, tally);
                }
            }
            write(chunk, upserts, tally);
        } catch (IOException e) {
            throw new RegistryImportException("reading the file failed after line " + line + " (" + tally.imported
                    + " people imported, " + tally.updated + " updated before it): " + e.getMessage(), e);
        }
        return tally.report();
    }

    private void write(List<Pending> chunk, PersonUpserts upserts, Tally tally) {
        if (chunk.isEmpty()) {
            return;
        }
        Set<String> numbers = new HashSet<>();
        chunk.forEach(p -> {
            numbers.add(p.person().documentNumber());
            if (p.person().oldDocumentNumber() != null) {
                numbers.add(p.person().oldDocumentNumber());
            }
        });
        PersonUpserts.Known known = upserts.known(numbers);
        tally.seenInChunk.clear();
        List<Pending> accepted = new ArrayList<>(chunk.size());
        for (Pending pending : chunk) {
            String conflict = conflict(pending.person(), known);
            if (conflict == null) {
                accepted.add(pending);
            } else {
                tally.reject(pending.line(), conflict);
            }
        }
        try {
            upserts.saveAll(accepted.stream().map(Pending::person).toList());
            accepted.forEach(p -> tally.count(p.person(), known));
        } catch (DataIntegrityViolationException e) {
            for (Pending pending : accepted) { // two rows of this chunk claim the same old CMND
                if (upserts.saveOne(pending.person())) {
                    tally.count(pending.person(), known);
                } else {
                    tally.reject(pending.line(), "old_document_number already belongs to another person");
                }
            }
        }
        chunk.clear();
    }

    private static String conflict(RegisteredPerson person, PersonUpserts.Known known) {
        String ownerOfOld = known.ownersOfOldNumbers().get(person.documentNumber());
        if (ownerOfOld != null && !ownerOfOld.equals(person.documentNumber())) {
            return "document_number is the old CMND of another registered person";
        }
        String old = person.oldDocumentNumber();
        if (old == null) {
            return null;
        }
        String owner = known.ownersOfOldNumbers().get(old);
        if (owner != null && !owner.equals(person.documentNumber())) {
            return "old_document_number already belongs to another person";
        }
        return known.documentNumbers().contains(old) ? "old_document_number is the document number of another registered person" : null;
    }

    /** The counts, and the rejections with the lowest line numbers. */
    private static final class Tally {
        long imported;
        long updated;
        long rejected;
        /** Document numbers written by the chunk being counted: a repeat within it is an update. */
        final Set<String> seenInChunk = new HashSet<>();
        final PriorityQueue<ImportReport.Rejection> listed =
                new PriorityQueue<>(Comparator.comparingLong(ImportReport.Rejection::line).reversed());

        void reject(long line, String reason) {
            rejected++;
            listed.add(new ImportReport.Rejection(line, reason));
            if (listed.size() > ImportReport.MAX_LISTED) {
                listed.poll();
            }
        }

        void count(RegisteredPerson person, PersonUpserts.Known known) {
            boolean existed = known.documentNumbers().contains(person.documentNumber());
            if (existed || !seenInChunk.add(person.documentNumber())) {
                updated++;
            } else {
                imported++;
            }
        }

        ImportReport report() {
            List<ImportReport.Rejection> sorted = new ArrayList<>(listed);
            sorted.sort(Comparator.comparingLong(ImportReport.Rejection::line));
            return new ImportReport(imported, updated, rejected, sorted);
        }
    }
}
