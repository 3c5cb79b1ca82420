package vn.qrqg.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.identity.ImportReport;
import vn.qrqg.identity.RegistryImport;
import vn.qrqg.platform.csv.CsvUpload;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.platform.web.ProblemType;

/** The import endpoint's own logic; RegistryImportIT calls it over HTTP with an admin token. */
class RegistryImportControllerTest {
    private static final String CSV = "document_number,full_name,date_of_birth,gender\n001193029317,Nguyễn Lê Khả Hân,1993-01-18,2\n";

    private String received;
    private final RegistryImport fake = csv -> {
        received = new BufferedReader(csv).lines().reduce("", (a, b) -> a + b + "\n");
        return new ImportReport(1, 0, 1, List.of(new ImportReport.Rejection(3, "phone must be 10 digits starting with 0")));
    };

    @Test
    void importsTheUploadedCsv() throws Exception {
        // how a body or a multipart field becomes a CsvUpload: CsvUploadWebTest
        ResponseEntity<?> response = controller(fake).importCsv(new CsvUpload(new StringReader(CSV)));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(received).isEqualTo(CSV);
    }

    @Test
    void answersTheReportAsJson() {
        ImportReport report = new ImportReport(1, 0, 1, List.of(new ImportReport.Rejection(3, "phone must be 10 digits starting with 0")));
        assertThat(JsonMapper.builder().build().writeValueAsString(report)).isEqualTo(
                "{\"imported\":1,\"updated\":0,\"rejectedCount\":1,\"rejected\":[{\"line\":3,\"reason\":\"phone must be 10 digits starting with 0\"}]}");
    }

    @Test
    void answersConflictWhenThePlatformUsesAnExternalRegistry() throws Exception {
        ResponseEntity<?> response = controller(null).importCsv(new CsvUpload(new StringReader(CSV)));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(((ProblemDetail) response.getBody()).getType()).isEqualTo(ProblemType.REGISTRY_IMPORT_UNAVAILABLE.uri());
    }

    private static RegistryImportController controller(RegistryImport registryImport) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (registryImport != null) {
            beans.addBean("registryImport", registryImport);
        }
        return new RegistryImportController(beans.getBeanProvider(RegistryImport.class),
                new EventOutbox(event -> { }, TransactionOperations.withoutTransaction()));
    }
}
