package vn.qrqg.insurance.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.identity.ImportReport;
import vn.qrqg.identity.RegistryImportException;
import vn.qrqg.insurance.InsuranceCard;
import vn.qrqg.platform.web.PrintableText;

/**
 * Loads cards into the reference social-insurance database from CSV (docs/insurance.md, "CSV
 * import"): UTF-8, a header naming the columns {@code card_number, document_number, valid_from,
 * valid_to} in any order, one card a row. A card already there (same number) is replaced, so that
 * a renewal or a correction is an import of the new row. A bad row is rejected with its line and
 * why, naming the column, never its value; the others are loaded, all in one transaction.
 */
final class CsvInsuranceImport {
    static final List<String> COLUMNS = List.of("card_number", "document_number", "valid_from", "valid_to");
    private static final Pattern CARD_NUMBER = Pattern.compile("[A-Z]{2}[0-9]{13}");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[0-9]{12}|[0-9]{9}");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setTrim(true).setIgnoreEmptyLines(true).get();

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    CsvInsuranceImport(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** @throws RegistryImportException when the file has no header with the four columns, or is no CSV */
    ImportReport importCsv(Reader csv) {
        try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = COLUMNS.stream().filter(column -> !header.contains(column)).toList();
            if (!missing.isEmpty()) {
                throw new RegistryImportException("the header lacks the columns " + String.join(", ", missing));
            }
            return transactions.execute(status -> load(parser));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new RegistryImportException("the file is not CSV as docs/insurance.md describes it: " + cause(e));
        }
    }

    private ImportReport load(CSVParser parser) {
        long imported = 0;
        long updated = 0;
        long rejectedCount = 0;
        List<ImportReport.Rejection> rejected = new ArrayList<>();
        for (CSVRecord row : parser) {
            long line = parser.getCurrentLineNumber();
            String reason = reasonToReject(row, parser.getHeaderNames().size());
            if (reason == null) {
                InsuranceCard card = new InsuranceCard(row.get("card_number"), row.get("document_number"),
                        LocalDate.parse(row.get("valid_from")), LocalDate.parse(row.get("valid_to")));
                if (upsert(card)) {
                    imported++;
                } else {
                    updated++;
                }
            } else {
                rejectedCount++;
                if (rejected.size() < ImportReport.MAX_LISTED) {
                    rejected.add(new ImportReport.Rejection(line, reason));
                }
            }
        }
        return new ImportReport(imported, updated, rejectedCount, rejected);
    }

    /** Why the row cannot be a card, naming the column; null when it can. */
    private static String reasonToReject(CSVRecord row, int columns) {
        if (row.size() != columns) {
            return "the row has " + row.size() + " fields but the header has " + columns;
        }
        for (String column : COLUMNS) {
            if (!PrintableText.isAcceptable(row.get(column))) {
                return column + " " + PrintableText.MESSAGE;
            }
        }
        if (!CARD_NUMBER.matcher(row.get("card_number")).matches()) {
            return "card_number must be 2 capital letters, then 13 digits";
        }
        if (!DOCUMENT_NUMBER.matcher(row.get("document_number")).matches()) {
            return "document_number must be a 12-digit CCCD or a 9-digit CMND number";
        }
        try {
            LocalDate from = LocalDate.parse(row.get("valid_from"));
            LocalDate to = LocalDate.parse(row.get("valid_to"));
            return to.isBefore(from) ? "valid_to is before valid_from" : null;
        } catch (DateTimeParseException e) {
            return "valid_from and valid_to must be dates, YYYY-MM-DD";
        }
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

    /** What went wrong, in words that quote nothing of the file. */
    private static String cause(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        return cause.getClass().getSimpleName();
    }
}
