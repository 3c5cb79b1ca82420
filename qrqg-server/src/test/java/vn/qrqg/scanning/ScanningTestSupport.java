package vn.qrqg.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.issuance.citizens.CitizensTestSupport;

/** What the scanning integration tests share: people in the registry, their QRs, scanners and scans over HTTP. */
abstract class ScanningTestSupport extends CitizensTestSupport {
    static final String SCANS = "/api/v1/scans";
    static final String ADDRESS = "Số 1 Tràng Tiền Hoàn Kiếm Hà Nội";
    static final String INSURANCE = "DN4017915019812";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    JdbcClient jdbc;

    /** Someone in the registry with an old CMND, a phone ({@code 0900000001}) and an address. */
    Person registeredInFull(String name, int year, Gender gender) {
        String cmnd = String.format("%09d", RANDOM.nextInt(1_000_000_000));
        return TestPeople.registered(registryImport, name, year, gender,
                ",old_document_number,phone,address", "," + cmnd + ",0900000001," + ADDRESS);
    }

    String oldDocumentNumberOf(Person person) {
        return jdbc.sql("select old_document_number from identity_person where document_number = :d")
                .param("d", person.documentNumber()).query(String.class).single();
    }

    String issuerToken() throws Exception {
        return tokenOfCertifiedApp(Scopes.QR_ISSUE);
    }

    /** A token of a new certified app holding, and asking for, these scopes. */
    String scannerToken(String... scopes) throws Exception {
        return TestClients.certifiedApp(port, scopes).token(port, String.join(" ", scopes));
    }

    /** {@code POST /api/v1/citizens/qr}: the person's QR, with {@code extra} JSON members (phone, insuranceNumber). */
    JsonNode issued(String issuer, Person person, String extra) throws Exception {
        return issued(issuer, person.body(extra));
    }

    HttpResponse<String> scan(String scanner, String text) throws Exception {
        return TestClients.send(port, "POST", SCANS, scanner, JSON.writeValueAsString(Map.of("text", text)));
    }

    /** A scan that must be answered: the answer. */
    JsonNode scanned(String scanner, String text) throws Exception {
        HttpResponse<String> response = scan(scanner, text);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestClients.json(response.body());
    }

    static Set<String> keys(JsonNode node) {
        Set<String> keys = new LinkedHashSet<>();
        node.propertyNames().forEach(keys::add);
        return keys;
    }
}
