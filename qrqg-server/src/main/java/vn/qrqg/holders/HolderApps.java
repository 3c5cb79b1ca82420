package vn.qrqg.holders;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.qrqg.clients.App;
import vn.qrqg.clients.Apps;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.holders.internal.HolderNotFoundException;

/**
 * A person sees which apps act for them and revokes any of them, through any app that holds one
 * of their tokens: the API's {@code /api/v1/citizens/{qid}/holders} and the portal both ask here.
 */
@Service
public class HolderApps {
    private final HolderTokens holderTokens;
    private final Apps apps;

    HolderApps(HolderTokens holderTokens, Apps apps) {
        this.holderTokens = holderTokens;
        this.apps = apps;
    }

    /**
     * The apps acting for {@code holder}'s person, one entry per valid token, oldest first.
     *
     * @param qid the person the call names
     * @throws NotTheHolderException when {@code qid} is not the holder's
     */
    public List<HolderApp> of(Holder holder, Qid qid) {
        holder.require(qid);
        return holderTokens.held(holder).stream()
                .map(token -> new HolderApp(token.tokenId(), token.appId(),
                        apps.find(token.appId()).map(App::name).orElse(null), token.issuedAt(),
                        token.tokenId().equals(holder.tokenId())))
                .toList();
    }

    /**
     * The person revokes one of their tokens, whichever app holds it.
     *
     * @param holderId the token's id, as {@link #of} gives it
     * @throws NotTheHolderException when {@code qid} is not the holder's
     * @throws HolderNotFoundException when the person has no valid token with this id, or it is no id
     */
    public void revoke(Holder holder, Qid qid, String holderId) {
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
    }
}
