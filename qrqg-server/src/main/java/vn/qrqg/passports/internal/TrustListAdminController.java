package vn.qrqg.passports.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.CallingClient;

/**
 * The foreign trust list of EU DCC document signers, for operators (scope admin, as everything
 * under {@code /api/v1/admin/}): {@code PUT} the EU gateway's JSON list to replace it whole,
 * {@code GET} what is held. Certificates are public: no personal data, so no read is audited; an
 * import is, as an admin action ({@link vn.qrqg.passports.DccTrustListImported}).
 */
@RestController
@RequestMapping("/api/v1/admin/dcc/trust-list")
class TrustListAdminController {

    /**
     * What is held: {@code certificates} in all, how many of each country, the entries the last
     * import left out and why, and when and by whom it was imported ({@code null} before any).
     */
    record Summary(int certificates, Map<String, Integer> countries, List<TrustListUpload.Skipped> skipped,
            Instant importedAt, String importedBy) {

        static Summary of(ForeignTrustList.Held held) {
            return new Summary(held.countries().size(), held.byCountry(), held.skipped(), held.importedAt(),
                    held.importedBy());
        }
    }

    private final ForeignTrustList list;

    TrustListAdminController(ForeignTrustList list) {
        this.list = list;
    }

    @PutMapping
    Summary replace(@RequestBody(required = false) String body, @AuthenticationPrincipal CallingClient client) {
        return Summary.of(list.replace(TrustListUpload.read(body), client.clientId()));
    }

    @GetMapping
    Summary held() {
        return Summary.of(list.current());
    }
}
