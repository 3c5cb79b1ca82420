package vn.qrqg.feed.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;

/** {@code /api/v1/feed/endpoint}: the calling app's push endpoint (docs/feed.md, "Push"). */
@RestController
@RequiresScope(Scopes.FEED_READ)
class FeedEndpointController {
    private final FeedEndpoints endpoints;

    FeedEndpointController(FeedEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** @param after where to start instead of after the newest item: a pull's {@code next} */
    record Registration(String url, String after) {
    }

    @PutMapping("/api/v1/feed/endpoint")
    ResponseEntity<FeedEndpoints.Registered> register(@RequestBody Registration registration,
            @AuthenticationPrincipal CallingClient app) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(endpoints.register(app, registration.url(), registration.after()));
    }

    @GetMapping("/api/v1/feed/endpoint")
    ResponseEntity<FeedEndpoints.View> view(@AuthenticationPrincipal CallingClient app) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(endpoints.view(app));
    }

    @DeleteMapping("/api/v1/feed/endpoint")
    ResponseEntity<Void> remove(@AuthenticationPrincipal CallingClient app) {
        endpoints.remove(app);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/feed/endpoint/resume")
    ResponseEntity<FeedEndpoints.View> resume(@AuthenticationPrincipal CallingClient app) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(endpoints.resume(app));
    }
}
