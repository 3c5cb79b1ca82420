package vn.qrqg.holders.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.App;
import vn.qrqg.clients.Apps;
import vn.qrqg.holders.Holder;
import vn.qrqg.holders.HolderTokens;

/**
 * A citizen sees which apps act for them (one entry per holder token, never the token) and
 * revokes any of them, through any app that holds one of their tokens.
 */
@RestController
class PersonHoldersController {
    private final HolderTokens holderTokens;
    private final Apps apps;

    PersonHoldersController(HolderTokens holderTokens, Apps apps) {
        this.holderTokens = holderTokens;
        this.apps = apps;
    }

    /**
     * @param holderId the token's id, to revoke it with
     * @param appName the app's public name, e.g. "PC-COVID"
     * @param current whether this is the token the call was made with
     */
    record HolderApp(UUID holderId, UUID appId, String appName, Instant since, boolean current) {
    }

    @GetMapping("/api/v1/citizens/{qid}/holders")
    ResponseEntity<List<HolderApp>> list(@PathVariable("qid") String qid, Holder holder) {
        holder.require(qid);
        List<HolderApp> held = holderTokens.held(holder).stream()
                .map(token -> new HolderApp(token.tokenId(), token.appId(),
                        apps.find(token.appId()).map(App::name).orElse(null), token.issuedAt(),
                        token.tokenId().equals(holder.tokenId())))
                .toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate()).body(held);
    }

    /** 204; 404 {@code holder-not-found} when the person has no such valid token. */
    @DeleteMapping("/api/v1/citizens/{qid}/holders/{holderId}")
    ResponseEntity<Void> revoke(@PathVariable("qid") String qid, @PathVariable("holderId") String holderId,
            Holder holder) {
        holder.require(qid);
        UUID id;
        try {
            id = UUID.fromString(holderId);
        } catch (IllegalArgumentException e) {
            throw new HolderNotFoundException();
        }
        if (!holderTokens.revoke(holder, id)) {
            throw new HolderNotFoundException();
        }
        return ResponseEntity.noContent().build();
    }
}
