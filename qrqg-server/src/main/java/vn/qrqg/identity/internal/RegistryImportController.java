package vn.qrqg.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.qrqg.identity.RegistryImport;
import vn.qrqg.platform.web.ProblemType;

/**
 * {@code POST /api/v1/admin/registry/import}: a CSV file as the multipart field {@code file} or
 * as a {@code text/csv} body (UTF-8), answered with the import report. It adds no security of its
 * own: the clients capability requires scope admin for everything under {@code /api/v1/admin/}.
 */
@RestController
class RegistryImportController {
    static final String PATH = "/api/v1/admin/registry/import";

    private final ObjectProvider<RegistryImport> imports;

    RegistryImportController(ObjectProvider<RegistryImport> imports) {
        this.imports = imports;
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
        return ResponseEntity.ok(registryImport.importCsv(csv));
    }
}
