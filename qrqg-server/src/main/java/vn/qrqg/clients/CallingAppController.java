package vn.qrqg.clients;

import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calling app as the platform knows it, for a page signed in as that app to say whose it is
 * (the scanner page's header, "Sở Y tế Hà Nội — Ứng dụng kiểm dịch", rather than a client id).
 * Any access token; nothing another app could not read in the public list, plus its own scopes.
 */
@RestController
class CallingAppController {
    private final Apps apps;

    CallingAppController(Apps apps) {
        this.apps = apps;
    }

    @GetMapping("/api/v1/apps/me")
    ResponseEntity<Me> me(@AuthenticationPrincipal CallingClient caller) {
        App app = apps.require(caller.appId());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new Me(app.clientId(), app.name(), app.operator(), app.scopes(), app.provinces()));
    }

    record Me(String clientId, String name, String operator, List<String> scopes, List<String> provinces) {
    }
}
