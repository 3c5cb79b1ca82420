package vn.qrqg.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditRepositoryTest {

    @Test
    void fieldNamesBecomeAQuotedTextArrayLiteral() {
        assertThat(AuditRepository.arrayLiteral(List.of("shortName", "birthYear"))).isEqualTo("{\"shortName\",\"birthYear\"}");
        assertThat(AuditRepository.arrayLiteral(List.of())).isEqualTo("{}");
        assertThat(AuditRepository.arrayLiteral(List.of("a\"b\\c", "x,y"))).isEqualTo("{\"a\\\"b\\\\c\",\"x,y\"}");
    }
}
