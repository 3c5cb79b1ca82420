package vn.qrqg.portal.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

/** An API answer as the portal passes it on: the same status, content type and body; never stored by a cache. */
final class Forwarded {

    private Forwarded() {
    }

    static ResponseEntity<byte[]> of(LoopbackApi.Answer answer) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status()).cacheControl(CacheControl.noStore());
        if (answer.contentType() != null) {
            response.contentType(answer.contentType());
        }
        return response.body(answer.body());
    }
}
