package vn.qrqg.insurance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.insurance.InsuranceCard;
import vn.qrqg.insurance.InsuranceRegistry;

/** The reference social-insurance database: the table {@code insurance_card}. */
final class ReferenceInsuranceRegistry implements InsuranceRegistry {
    private static final String COLUMNS = "card_number, document_number, valid_from, valid_to";

    private final JdbcClient jdbc;

    ReferenceInsuranceRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<InsuranceCard> findByNumber(String cardNumber) {
        return jdbc.sql("select " + COLUMNS + " from insurance_card where card_number = :number")
                .param("number", cardNumber).query((row, n) -> card(row)).optional();
    }

    @Override
    public Optional<InsuranceCard> validCardOf(String documentNumber, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from insurance_card where document_number = :person"
                        + " and valid_from <= :day and valid_to >= :day order by valid_to desc, card_number limit 1")
                .param("person", documentNumber).param("day", day).query((row, n) -> card(row)).optional();
    }

    /** One query for a scan batch's cards. */
    @Override
    public Map<String, InsuranceCard> findByNumbers(Collection<String> cardNumbers) {
        Map<String, InsuranceCard> found = new LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + " from insurance_card where card_number = any(:numbers::text[])")
                .param("numbers", cardNumbers.toArray(String[]::new))
                .query((row, n) -> card(row)).list().forEach(card -> found.put(card.cardNumber(), card));
        return found;
    }

    private static InsuranceCard card(ResultSet row) throws SQLException {
        return new InsuranceCard(row.getString(1), row.getString(2), row.getObject(3, LocalDate.class),
                row.getObject(4, LocalDate.class));
    }
}
