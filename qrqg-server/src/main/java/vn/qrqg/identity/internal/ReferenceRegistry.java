package vn.qrqg.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.identity.PopulationCount;
import vn.qrqg.identity.PopulationCounts;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;

/** The reference adapter: the registry in the platform's own table {@code identity_person}. */
final class ReferenceRegistry implements PopulationRegistry, PopulationCounts {

    private final JdbcClient jdbc;

    ReferenceRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RegisteredPerson> findByDocumentNumber(String documentNumber) {
        if (!isDocumentNumber(documentNumber)) {
            return Optional.empty();
        }
        // the current document first: an old CMND is only looked up when no one holds it as their document
        return jdbc.sql("""
                        select document_number, old_document_number, full_name, birth_date, gender,
                               phone, insurance_number, commune_code, address, household_id
                        from identity_person
                        where document_number = :number or old_document_number = :number
                        order by document_number = :number desc
                        limit 1""")
                .param("number", documentNumber)
                .query((row, i) -> person(row))
                .optional();
    }

    @Override
    public List<PopulationCount> byCommuneAndBirthYear() {
        return jdbc.sql("""
                        select commune_code, cast(substr(birth_date, 1, 4) as int) as birth_year, count(*) as people
                        from identity_person where commune_code is not null
                        group by commune_code, birth_year""")
                .query((row, i) -> new PopulationCount(row.getString("commune_code"), row.getInt("birth_year"),
                        row.getLong("people")))
                .list();
    }

    /** One query: current document numbers first, as {@link #findByDocumentNumber} has it, then old CMNDs. */
    @Override
    public Map<String, RegisteredPerson> findAllByDocumentNumbers(Collection<String> documentNumbers) {
        String[] numbers = documentNumbers.stream().filter(ReferenceRegistry::isDocumentNumber).distinct()
                .toArray(String[]::new);
        Map<String, RegisteredPerson> found = new HashMap<>();
        if (numbers.length == 0) {
            return found;
        }
        List<RegisteredPerson> people = jdbc.sql("""
                        select document_number, old_document_number, full_name, birth_date, gender,
                               phone, insurance_number, commune_code, address, household_id
                        from identity_person
                        where document_number = any(:numbers::text[]) or old_document_number = any(:numbers::text[])""")
                .param("numbers", numbers)
                .query((row, i) -> person(row))
                .list();
        people.forEach(person -> {
            if (person.oldDocumentNumber() != null) {
                found.putIfAbsent(person.oldDocumentNumber(), person);
            }
        });
        people.forEach(person -> found.put(person.documentNumber(), person)); // a current number wins
        found.keySet().retainAll(java.util.Set.of(numbers));
        return found;
    }

    static boolean isDocumentNumber(String text) {
        if (text == null) {
            return false;
        }
        try {
            DocumentNumber.parse(text);
            return true;
        } catch (QrFormatException e) {
            return false;
        }
    }

    private static RegisteredPerson person(ResultSet row) throws SQLException {
        return new RegisteredPerson(row.getString("document_number"), row.getString("old_document_number"),
                row.getString("full_name"), BirthDate.parse(row.getString("birth_date")),
                Gender.fromCode((char) ('0' + row.getShort("gender"))), row.getString("phone"),
                row.getString("insurance_number"), row.getString("commune_code"), row.getString("address"),
                row.getString("household_id"));
    }
}
