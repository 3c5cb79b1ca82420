package vn.qrqg.insurance.internal;

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
import vn.qrqg.platform.web.ProblemType;

/**
 * {@code POST /api/v1/admin/insurance/import}: a CSV file of health-insurance cards as the
 * multipart field {@code file} or as a {@code text/csv} body (UTF-8), answered with the import
 * report, as the registry's import. Scope admin, like everything under {@code /api/v1/admin/}.
 */
@RestController
class InsuranceImportController {
    static final String PATH = "/api/v1/admin/insurance/import";

    private final ObjectProvider<CsvInsuranceImport> imports;

    InsuranceImportController(ObjectProvider<CsvInsuranceImport> imports) {
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
        CsvInsuranceImport insuranceImport = imports.getIfAvailable();
        if (insuranceImport == null) {
            ProblemDetail problem = ProblemType.INSURANCE_IMPORT_UNAVAILABLE.problem("This platform uses an external "
                            + "social-insurance service (qrqg.insurance.registry=http); cards are loaded there, not here.");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.ok(insuranceImport.importCsv(csv));
    }
}
