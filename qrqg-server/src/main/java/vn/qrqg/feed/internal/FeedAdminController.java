package vn.qrqg.feed.internal;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators see each app's feed deliveries: its push endpoint's host, state, lag and failures
 * (scope {@code admin}, by the platform's path rule). A pulling app's lag is not known: its cursor
 * is its own.
 */
@RestController
class FeedAdminController {
    private final FeedEndpoints endpoints;

    FeedAdminController(FeedEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    record Overview(List<FeedEndpoints.AppFeed> items) {
    }

    @GetMapping("/api/v1/admin/feed/apps")
    Overview apps() {
        return new Overview(endpoints.overview());
    }
}
