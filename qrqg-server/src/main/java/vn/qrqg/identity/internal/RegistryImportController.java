package vn.qrqg.identity.internal;

import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.identity.ImportReport;
import vn.qrqg.identity.RegistryImport;
import vn.qrqg.platform.web.ProblemType;
import vn.qrqg.identity.RegistryImported;
import vn.qrqg.platform.csv.CsvUpload;
import vn.qrqg.platform.events.EventOutbox;

/**
 * {@code POST /api/v1/admin/registry/import}: a CSV file as the multipart field {@code file} or
 * as a {@code text/csv} body (UTF-8), answered with the import report and reported as
 * {@link RegistryImported}. It adds no security of its
 * own: the clients capability requires scope admin for everything under {@code /api/v1/admin/}.
 */
@RestController
class RegistryImportController {
    static final String PATH = "/api/v1/admin/registry/import";

    private final ObjectProvider<RegistryImport> imports;
    private final EventOutbox events;

    RegistryImportController(ObjectProvider<RegistryImport> imports, EventOutbox events) {
        this.imports = imports;
        this.events = events;
    }

    @PostMapping(path = PATH, consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, "text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<?> importCsv(CsvUpload csv) {
        RegistryImport registryImport = imports.getIfAvailable();
        if (registryImport == null) {
            ProblemDetail problem = ProblemType.REGISTRY_IMPORT_UNAVAILABLE.problem(
                    "This platform uses an external population registry (qrqg.identity.registry=http); "
                            + "people are loaded into that registry, not here.");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        ImportReport report = registryImport.importCsv(csv.reader());
        // its rows commit in chunks: the event has a transaction of its own, once they are all in
        events.publish(new RegistryImported(report.imported(), report.updated(), report.rejectedCount(),
                CallingClient.current().map(CallingClient::clientId).orElse(null), Instant.now()));
        return ResponseEntity.ok(report);
    }
}
