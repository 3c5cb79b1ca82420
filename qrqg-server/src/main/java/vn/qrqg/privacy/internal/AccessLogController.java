package vn.qrqg.privacy.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.holders.Holder;
import vn.qrqg.privacy.AccessLog;
import vn.qrqg.privacy.AccessLogPage;

/** A person's access log, for the app that holds their holder token: {@link AccessLog}'s answer, which no cache keeps. */
@RestController
class AccessLogController {
    private static final CacheControl NO_STORE = CacheControl.noStore().cachePrivate();

    private final AccessLog log;

    AccessLogController(AccessLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/citizens/{qid}/access-log")
    ResponseEntity<AccessLogPage> accessLog(@PathVariable("qid") String qid, Holder holder,
            @RequestParam(name = "page", required = false) String page) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(log.page(holder, Holder.named(qid), page));
    }
}
