package vn.qrqg.insurance.internal;

import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.platform.web.ProblemType;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.identity.ImportReport;
import vn.qrqg.insurance.InsuranceCardsImported;
import vn.qrqg.platform.csv.CsvUpload;
import vn.qrqg.platform.events.EventOutbox;

/**
 * {@code POST /api/v1/admin/insurance/import}: a CSV file of health-insurance cards as the
 * multipart field {@code file} or as a {@code text/csv} body (UTF-8), answered with the import
 * report, as the registry's import, and reported as {@link InsuranceCardsImported}. Scope admin,
 * like everything under {@code /api/v1/admin/}.
 */
@RestController
class InsuranceImportController {
    static final String PATH = "/api/v1/admin/insurance/import";

    private final ObjectProvider<CsvInsuranceImport> imports;
    private final EventOutbox events;

    InsuranceImportController(ObjectProvider<CsvInsuranceImport> imports, EventOutbox events) {
        this.imports = imports;
        this.events = events;
    }

    @PostMapping(path = PATH, consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, "text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<?> importCsv(CsvUpload csv) {
        CsvInsuranceImport insuranceImport = imports.getIfAvailable();
        if (insuranceImport == null) {
            ProblemDetail problem = ProblemType.INSURANCE_IMPORT_UNAVAILABLE.problem("This platform uses an external "
                            + "social-insurance service (qrqg.insurance.registry=http); cards are loaded there, not here.");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        ImportReport report = insuranceImport.importCsv(csv.reader());
        events.publish(new InsuranceCardsImported(report.imported(), report.updated(), report.rejectedCount(),
                CallingClient.current().map(CallingClient::clientId).orElse(null), Instant.now()));
        return ResponseEntity.ok(report);
    }
}
