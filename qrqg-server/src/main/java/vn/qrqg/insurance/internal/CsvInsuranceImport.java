package vn.qrqg.insurance.internal;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.identity.ImportReport;
import vn.qrqg.identity.RegistryImportException;
import vn.qrqg.insurance.InsuranceCard;
import vn.qrqg.platform.csv.CsvReader;
import vn.qrqg.platform.web.PrintableText;

/**
 * Loads cards into the reference social-insurance database from CSV (docs/insurance.md, "CSV
 * import"): UTF-8, a header naming the columns {@code card_number, document_number, valid_from,
 * valid_to} in any order, one card a row. A card already there (same number) is replaced, so that
 * a renewal or a correction is an import of the new row. A bad row, malformed CSV included, is
 * rejected with its line and why, naming the column, never its value; the others are loaded, all
 * in one transaction.
 */
final class CsvInsuranceImport {
    static final List<String> COLUMNS = List.of("card_number", "document_number", "valid_from", "valid_to");
    private static final Pattern CARD_NUMBER = Pattern.compile("[A-Z]{2}[0-9]{13}");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[0-9]{12}|[0-9]{9}");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    CsvInsuranceImport(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** @throws RegistryImportException when the file has no header with the four columns, or cannot be read */
    ImportReport importCsv(Reader input) {
        CsvReader csv = new CsvReader(input);
        try {
            CsvReader.Record header = csv.next();
            if (header == null || header.isMalformed()) {
                throw new RegistryImportException("the first line must be the header naming the columns "
                        + String.join(", ", COLUMNS));
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.fields().size(); i++) {
                columns.putIfAbsent(header.fields().get(i).strip(), i);
            }
            List<String> missing = COLUMNS.stream().filter(column -> !columns.containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw new RegistryImportException("the header lacks the columns " + String.join(", ", missing));
            }
            List<CsvReader.Record> rows = new ArrayList<>();
            for (CsvReader.Record row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
            return transactions.execute(status -> load(rows, columns, header.fields().size()));
        } catch (IOException e) {
            throw new RegistryImportException("the file could not be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private ImportReport load(List<CsvReader.Record> rows, Map<String, Integer> columns, int width) {
        long imported = 0;
        long updated = 0;
        long rejectedCount = 0;
        List<ImportReport.Rejection> rejected = new ArrayList<>();
        for (CsvReader.Record row : rows) {
            String reason = row.isMalformed() ? row.malformation() : reasonToReject(row.fields(), columns, width);
            if (reason == null) {
                InsuranceCard card = new InsuranceCard(value(row, columns, "card_number"),
                        value(row, columns, "document_number"), LocalDate.parse(value(row, columns, "valid_from")),
                        LocalDate.parse(value(row, columns, "valid_to")));
                if (upsert(card)) {
                    imported++;
                } else {
                    updated++;
                }
            } else {
                rejectedCount++;
                if (rejected.size() < ImportReport.MAX_LISTED) {
                    rejected.add(new ImportReport.Rejection(row.line(), reason));
                }
            }
        }
        return new ImportReport(imported, updated, rejectedCount, rejected);
    }

    /** Why the row cannot be a card, naming the column; null when it can. */
    private static String reasonToReject(List<String> fields, Map<String, Integer> columns, int width) {
        if (fields.size() != width) {
            return "the row has " + fields.size() + " fields but the header has " + width;
        }
        for (String column : COLUMNS) {
            if (!PrintableText.isAcceptable(fields.get(columns.get(column)))) {
                return column + " " + PrintableText.MESSAGE;
            }
        }
        if (!CARD_NUMBER.matcher(fields.get(columns.get("card_number")).strip()).matches()) {
            return "card_number must be 2 capital letters, then 13 digits";
        }
        if (!DOCUMENT_NUMBER.matcher(fields.get(columns.get("document_number")).strip()).matches()) {
            return "document_number must be a 12-digit CCCD or a 9-digit CMND number";
        }
        try {
            LocalDate from = LocalDate.parse(fields.get(columns.get("valid_from")).strip());
            LocalDate to = LocalDate.parse(fields.get(columns.get("valid_to")).strip());
            return to.isBefore(from) ? "valid_to is before valid_from" : null;
        } catch (DateTimeParseException e) {
            return "valid_from and valid_to must be dates, YYYY-MM-DD";
        }
    }

    private static String value(CsvReader.Record row, Map<String, Integer> columns, String column) {
        return row.fields().get(columns.get(column)).strip();
    }

    /** @return true when the card is new, false when it replaced one of its number */
    private boolean upsert(InsuranceCard card) {
        return jdbc.sql("""
                        insert into insurance_card (card_number, document_number, valid_from, valid_to, source)
                        values (:number, :person, :from, :to, 'import')
                        on conflict (card_number) do update set document_number = excluded.document_number,
                            valid_from = excluded.valid_from, valid_to = excluded.valid_to, source = 'import'
                        returning xmax = 0""")
                .param("number", card.cardNumber()).param("person", card.documentNumber())
                .param("from", card.validFrom()).param("to", card.validTo())
                .query(Boolean.class).single();
    }
}
