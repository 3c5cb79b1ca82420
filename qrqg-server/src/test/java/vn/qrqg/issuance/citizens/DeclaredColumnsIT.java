package vn.qrqg.issuance.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.insurance.TestInsurance;

/**
 * The phone and insurance number stored beside each issued QR ({@code V25}): issuance writes what
 * the QR declares, and the migration reads the same from the texts of QRs issued before it.
 */
class DeclaredColumnsIT extends CitizensTestSupport {
    private static final String INSURANCE = "DN4017915019812";

    @Autowired
    JdbcClient jdbc;

    @Test
    void issuanceStoresWhatTheQrDeclaresAndTheMigrationReadsTheSameFromOldTexts() throws Exception {
        String issuer = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        Person declaring = registered("Đặng Thị Mai", 1931, Gender.FEMALE);
        TestInsurance.card(port, INSURANCE, declaring.documentNumber(), LocalDate.of(2021, 1, 1), LocalDate.of(2099, 12, 31));
        String withBoth = issued(issuer, declaring.body("\"phone\":\"0912345678\",\"insuranceNumber\":\"" + INSURANCE + "\""))
                .path("qid").asString();
        JsonNode bare = issued(issuer, registered("Đặng Văn Nam", 1932, Gender.MALE).body(null));
        List<String> qids = List.of(withBoth, bare.path("qid").asString());
        assertThat(declared(qids)).containsExactly(
                Map.of("phone", "0912345678", "insurance_number", INSURANCE), Map.of());

        jdbc.sql("update issuance_qr set phone = null, insurance_number = null where qid = any(:qids::text[])")
                .param("qids", qids.toArray(String[]::new)).update();
        jdbc.sql(backfill() + " where qid = any(:qids::text[])").param("qids", qids.toArray(String[]::new)).update();
        assertThat(declared(qids)).containsExactly(
                Map.of("phone", "0912345678", "insurance_number", INSURANCE), Map.of());
    }

    /** The migration's statement that fills the columns of the QRs issued before it. */
    private static String backfill() throws Exception {
        String migration = new ClassPathResource("db/migration/V25__issuance_qr_declared.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        String update = migration.substring(migration.indexOf("update issuance_qr"));
        return update.substring(0, update.lastIndexOf(';'));
    }

    /** Each QID's newest QR's non-null columns, in order. */
    private List<Map<String, Object>> declared(List<String> qids) {
        return qids.stream().map(qid -> jdbc.sql("""
                        select phone, insurance_number from issuance_qr where qid = :qid order by version desc limit 1""")
                .param("qid", qid).query().singleRow()).map(DeclaredColumnsIT::nonNull).toList();
    }

    private static Map<String, Object> nonNull(Map<String, Object> row) {
        Map<String, Object> kept = new java.util.LinkedHashMap<>();
        row.forEach((column, value) -> {
            if (value != null) {
                kept.put(column, value);
            }
        });
        return kept;
    }
}
