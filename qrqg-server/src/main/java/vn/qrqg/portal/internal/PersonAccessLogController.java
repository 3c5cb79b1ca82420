package vn.qrqg.portal.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.privacy.AccessLog;
import vn.qrqg.privacy.AccessLogPage;

/**
 * One of the signed-in citizen's people: who saw their data, as {@link AccessLog} gives it to any
 * app holding the person's holder token (checked and audited there, as the portal app's).
 */
@RestController
class PersonAccessLogController {
    private static final CacheControl NO_STORE = CacheControl.noStore().cachePrivate();

    private final AccessLog log;

    PersonAccessLogController(AccessLog log) {
        this.log = log;
    }

    @GetMapping("/portal/api/people/{qid}/access-log")
    ResponseEntity<AccessLogPage> accessLog(OwnPerson person, @RequestParam(name = "page", required = false) String page) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(log.page(person.holder(), person.qid(), page));
    }
}
