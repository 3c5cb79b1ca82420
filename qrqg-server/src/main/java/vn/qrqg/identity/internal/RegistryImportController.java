package vn.qrqg.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.identity.ImportReport;
import vn.qrqg.identity.RegistryImport;
import vn.qrqg.platform.web.ProblemType;
import vn.qrqg.identity.RegistryImported;
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

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(@RequestParam("file") MultipartFile file) throws IOException {
        try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return run(csv);
        }
    }

    @PostMapping(path = PATH, consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<?> importBody(HttpServletRequest request) throws IOException {
        try (Reader csv = new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8)) {
            return run(csv);
        }
    }

    private ResponseEntity<?> run(Reader csv) {
        RegistryImport registryImport = imports.getIfAvailable();
        if (registryImport == null) {
            ProblemDetail problem = ProblemType.REGISTRY_IMPORT_UNAVAILABLE.problem(
                    "This platform uses an external population registry (qrqg.identity.registry=http); "
                            + "people are loaded into that registry, not here.");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        ImportReport report = registryImport.importCsv(csv);
        // its rows commit in chunks: the event has a transaction of its own, once they are all in
        events.publish(new RegistryImported(report.imported(), report.updated(), report.rejectedCount(),
                CallingClient.current().map(CallingClient::clientId).orElse(null), Instant.now()));
        return ResponseEntity.ok(report);
    }
}
