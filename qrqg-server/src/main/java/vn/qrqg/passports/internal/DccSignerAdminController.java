package vn.qrqg.passports.internal;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.qrqg.dcc.SignerCertificates;
import vn.qrqg.platform.web.FieldErrors;
import vn.qrqg.platform.web.JsonFields;

/**
 * The DCC signers for operators (scope {@code admin}, enforced by the platform's security): list,
 * import a production signer, rotate, withdraw. A signer is named in a path by its key id in
 * base64url ({@code id} in the list).
 */
@RestController
@RequestMapping("/api/v1/admin/dcc/signers")
class DccSignerAdminController {
    /** A PKCS#12 or PEM of a signer and its chain is a few kilobytes; this leaves room for a long chain. */
    private static final int MAX_FILE_CHARACTERS = 64 * 1024;

    private final PlatformDccSigners signers;
    private final Clock clock;

    DccSignerAdminController(PlatformDccSigners signers, Clock clock) {
        this.signers = signers;
        this.clock = clock;
    }

    @GetMapping
    List<SignerView> list() {
        return signers.all().stream().map(SignerView::of).toList();
    }

    /** {@code {"pkcs12": base64, "password": …}} or {@code {"pem": text}}: the document signer's key and certificates. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Change importSigner(@RequestBody(required = false) JsonNode body) {
        FieldErrors errors = new FieldErrors();
        if (body == null || !body.isObject()) {
            errors.reject("", "the body must be a JSON object");
            errors.throwIfAny();
        }
        JsonFields fields = new JsonFields(body, "", errors);
        fields.onlyMembers(java.util.Set.of("pkcs12", "password", "pem"));
        if (fields.has("pkcs12") == fields.has("pem")) {
            errors.reject("", "give either pkcs12 (with its password) or pem");
        }
        String pkcs12 = file(body, "pkcs12", errors);
        String pem = file(body, "pem", errors);
        byte[] der = null;
        if (pkcs12 != null) {
            try {
                der = Base64.getDecoder().decode(pkcs12.replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                errors.reject("pkcs12", "must be base64");
            }
        }
        String password = body.path("password").isString() ? body.path("password").stringValue() : null;
        if (pkcs12 != null && password == null) {
            errors.reject("password", "is required");
        }
        errors.throwIfAny();
        SignerImport.Imported imported;
        try {
            Instant now = clock.instant();
            imported = der != null ? SignerImport.pkcs12(der, password.toCharArray(), now) : SignerImport.pem(pem, now);
        } catch (IllegalArgumentException e) {
            throw new DccSignerNotAcceptedException(e.getMessage(), e);
        }
        return new Change(signers.importSigner(imported));
    }

    @PostMapping("/rotation")
    @ResponseStatus(HttpStatus.CREATED)
    Change rotate() {
        return new Change(signers.rotate());
    }

    @PostMapping("/{id}/withdrawal")
    Change withdraw(@PathVariable("id") String id) {
        byte[] kid;
        try {
            kid = Base64.getUrlDecoder().decode(id);
        } catch (IllegalArgumentException e) {
            throw new DccSignerNotFoundException(id);
        }
        signers.withdraw(kid);
        return new Change(List.of(Base64.getEncoder().encodeToString(kid)));
    }

    /** A file member: a string of at most {@link #MAX_FILE_CHARACTERS}; null when absent or wrong. */
    private static String file(JsonNode body, String member, FieldErrors errors) {
        JsonNode value = body.get(member);
        if (value == null) {
            return null;
        }
        if (!value.isString() || value.stringValue().isBlank() || value.stringValue().length() > MAX_FILE_CHARACTERS) {
            errors.reject(member, "must be a non-blank string of at most " + MAX_FILE_CHARACTERS + " characters");
            return null;
        }
        return value.stringValue();
    }

    /** The signers a change concerns, by key id (base64), the one now active first. */
    record Change(List<String> kids) {
    }

    /** A signer as operators see it; never its key. */
    record SignerView(String kid, String id, String role, String status, String origin, String subject, String issuer,
            Instant notBefore, Instant notAfter, boolean keyHeld, Instant createdAt, Instant statusChangedAt) {
        static SignerView of(StoredDccSigner signer) {
            X509Certificate certificate = SignerCertificates.parseCertificate(signer.certificate());
            return new SignerView(signer.kidBase64(), signer.kidInPath(), signer.role().name(), signer.status().name(),
                    signer.origin().name(), certificate.getSubjectX500Principal().getName(),
                    certificate.getIssuerX500Principal().getName(), signer.notBefore(), signer.notAfter(),
                    signer.privateKeySealed() != null, signer.createdAt(), signer.statusChangedAt());
        }
    }
}
