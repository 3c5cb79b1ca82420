package vn.qrqg.identity.internal;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.internal.ImportColumns.Column;

/**
 * Inserts or updates people in {@code identity_person}, writing only the columns an import file
 * has: a column absent from the file keeps its stored value on update; an empty cell clears it.
 */
final class PersonUpserts {

    /** What the table already knows about some numbers. */
    record Known(Set<String> documentNumbers, Map<String, String> ownersOfOldNumbers) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final List<Column> columns;
    private final String sql;
    private final int[] types;

    PersonUpserts(JdbcTemplate jdbc, TransactionTemplate transaction, List<Column> columns) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.columns = List.copyOf(columns);
        String names = columns.stream().map(Column::tableColumn).collect(Collectors.joining(", "));
        String values = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        String updates = columns.stream().filter(c -> c != Column.DOCUMENT_NUMBER)
                .map(c -> c.tableColumn() + " = excluded." + c.tableColumn()).collect(Collectors.joining(", "));
        this.sql = "insert into identity_person (" + names + ") values (" + values + ")"
                + " on conflict (document_number) do update set " + updates + ", updated_at = now()";
        this.types = columns.stream().mapToInt(c -> c == Column.GENDER ? Types.SMALLINT : Types.VARCHAR).toArray();
    }

    Known known(Collection<String> numbers) {
        Set<String> documents = new HashSet<>();
        Map<String, String> owners = new HashMap<>();
        if (!numbers.isEmpty()) {
            new NamedParameterJdbcTemplate(jdbc).query("""
                    select document_number, old_document_number from identity_person
                    where document_number in (:numbers) or old_document_number in (:numbers)""",
                    Map.of("numbers", numbers), row -> {
                        documents.add(row.getString(1));
                        if (row.getString(2) != null) {
                            owners.put(row.getString(2), row.getString(1));
                        }
                    });
        }
        return new Known(documents, owners);
    }

    /** All or none, in one transaction. */
    void saveAll(List<RegisteredPerson> people) {
        List<Object[]> rows = new ArrayList<>(people.size());
        people.forEach(person -> rows.add(values(person)));
        transaction.executeWithoutResult(status -> jdbc.batchUpdate(sql, rows, types));
    }

    /** @return false when the person's old CMND already belongs to someone else */
    boolean saveOne(RegisteredPerson person) {
        try {
            jdbc.update(sql, values(person), types);
            return true;
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    private Object[] values(RegisteredPerson person) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (columns.get(i)) {
                case DOCUMENT_NUMBER -> person.documentNumber();
                case OLD_DOCUMENT_NUMBER -> person.oldDocumentNumber();
                case FULL_NAME -> person.fullName();
                case DATE_OF_BIRTH -> person.birthDate().toString();
                case GENDER -> (short) (person.gender().code() - '0');
                case PHONE -> person.phone();
                case INSURANCE_NUMBER -> person.insuranceNumber();
                case COMMUNE_CODE -> person.communeCode();
                case ADDRESS -> person.address();
                case HOUSEHOLD_ID -> person.householdId();
            };
        }
        return values;
    }
}
