package vn.qrqg.holders.internal;

import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.holders.Holder;
import vn.qrqg.holders.HolderApp;
import vn.qrqg.holders.HolderApps;

/**
 * A citizen sees which apps act for them (one entry per holder token, never the token) and
 * revokes any of them, through any app that holds one of their tokens ({@link HolderApps}).
 */
@RestController
class PersonHoldersController {
    private final HolderApps holderApps;

    PersonHoldersController(HolderApps holderApps) {
        this.holderApps = holderApps;
    }

    @GetMapping("/api/v1/citizens/{qid}/holders")
    ResponseEntity<List<HolderApp>> list(@PathVariable("qid") String qid, Holder holder) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate())
                .body(holderApps.of(holder, Holder.named(qid)));
    }

    /** 204; 404 {@code holder-not-found} when the person has no such valid token. */
    @DeleteMapping("/api/v1/citizens/{qid}/holders/{holderId}")
    ResponseEntity<Void> revoke(@PathVariable("qid") String qid, @PathVariable("holderId") String holderId,
            Holder holder) {
        holderApps.revoke(holder, Holder.named(qid), holderId);
        return ResponseEntity.noContent().build();
    }
}
