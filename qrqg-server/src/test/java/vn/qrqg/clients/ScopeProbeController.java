package vn.qrqg.clients;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints (test sources, picked up by the shared test context) that show how other
 * capabilities guard theirs and learn who calls.
 */
@RestController
class ScopeProbeController {

    /** Any certified app: the calling client, as a controller parameter. */
    @GetMapping("/api/v1/test/clients/whoami")
    CallingClient whoAmI(@AuthenticationPrincipal CallingClient client) {
        return client;
    }

    /** A venue's staff scanners only: the calling client and the venue its owner bound it to. */
    @GetMapping("/api/v1/test/clients/venue-checkin")
    @RequiresScope(Scopes.CHECKIN_VENUE)
    java.util.Map<String, String> venueCheckin(@AuthenticationPrincipal CallingClient client) {
        return java.util.Map.of("clientId", client.clientId(), "venueCode", client.venueCode().value());
    }

    /** Venue scanners only: the calling client, as {@link CallingClient#current()} has it. */
    @GetMapping("/api/v1/test/clients/venue-scan")
    @RequiresScope(Scopes.SCAN_VENUE)
    CallingClient venueScan() {
        return CallingClient.require();
    }
}
