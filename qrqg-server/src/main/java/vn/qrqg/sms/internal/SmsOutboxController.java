package vn.qrqg.sms.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.sms.PhoneNumber;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * {@code GET /api/v1/admin/sms-outbox?phone=&page=&size=}: what the reference adapter "sent",
 * newest first, for operators (scope admin). Only there when {@code qrqg.sms.gateway} is
 * {@code reference}: a real gateway keeps no copy here.
 */
@RestController
@ConditionalOnProperty(name = "qrqg.sms.gateway", havingValue = "reference", matchIfMissing = true)
@RequiresScope(Scopes.ADMIN)
class SmsOutboxController {
    static final int MAX_SIZE = 100;

    private final OutboxSmsGateway outbox;

    SmsOutboxController(OutboxSmsGateway outbox) {
        this.outbox = outbox;
    }

    /** Pages count from 0. */
    @GetMapping("/api/v1/admin/sms-outbox")
    ResponseEntity<OutboxSmsGateway.Page> outbox(@RequestParam(name = "phone", required = false) String phone,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        PhoneNumber to = null;
        if (phone != null) {
            to = PhoneNumber.parse(phone).orElseThrow(() -> new InvalidFieldException("phone",
                    "is not a Vietnamese mobile number (10 digits starting with 03, 05, 07, 08 or 09, or +84…)"));
        }
        if (page < 0) {
            throw new InvalidFieldException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidFieldException("size", "must be between 1 and " + MAX_SIZE);
        }
        // it holds one-time codes: no cache along the way keeps a copy
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(outbox.page(to, page, size));
    }
}
