package vn.qrqg.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class AuditRepositoryTest {

    @Test
    void fieldNamesBecomeAQuotedTextArrayLiteral() {
        assertThat(AuditRepository.arrayLiteral(List.of("shortName", "birthYear"))).isEqualTo("{\"shortName\",\"birthYear\"}");
        assertThat(AuditRepository.arrayLiteral(List.of())).isEqualTo("{}");
        assertThat(AuditRepository.arrayLiteral(List.of("a\"b\\c", "x,y"))).isEqualTo("{\"a\\\"b\\\\c\",\"x,y\"}");
    }

    @Test
    void aDatabaseErrorIsDescribedByTypeAndSqlStateNeverByItsMessage() {
        var error = new DataIntegrityViolationException("Failing row contains (162979388586171104, …)",
                new SQLException("Failing row contains (162979388586171104, …)", "23514"));
        assertThat(AuditRepository.describe(error)).isEqualTo("DataIntegrityViolationException (SQL state 23514)")
                .doesNotContain("1629");
    }
}
