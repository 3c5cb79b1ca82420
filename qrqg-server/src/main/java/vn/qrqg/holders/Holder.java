package vn.qrqg.holders;

import java.util.Objects;
import java.util.UUID;
import vn.qrqg.codec.personal.Qid;

/**
 * The person the current request acts for, proven by a holder token that the calling app holds
 * and that is not revoked. A controller that declares a {@code Holder} parameter serves the
 * holder only: the platform resolves it from {@value HolderTokens#HEADER}, or refuses the call
 * with 403 before the controller runs.
 *
 * <p>A class rather than a record, with a package-private constructor, so that nothing but
 * {@link HolderTokens} can make one: no data binding or caller can forge a verified holder.
 */
public final class Holder {
    private final UUID tokenId;
    private final UUID appId;
    private final Qid qid;

    Holder(UUID tokenId, UUID appId, Qid qid) {
        this.tokenId = Objects.requireNonNull(tokenId, "tokenId");
        this.appId = Objects.requireNonNull(appId, "appId");
        this.qid = Objects.requireNonNull(qid, "qid");
    }

    /** The token's id (never the token): names it in records such as an audit trail. */
    public UUID tokenId() {
        return tokenId;
    }

    /** The app that holds the token, which is the app calling. */
    public UUID appId() {
        return appId;
    }

    /** The person. */
    public Qid qid() {
        return qid;
    }

    /**
     * Checks that this holder is the person {@code qid} names, as a path like
     * {@code /api/v1/qr/{qid}.png} asks.
     *
     * @throws NotTheHolderException otherwise, also when {@code qid} is malformed or nobody's:
     *         the refusal is the same, so that it says nothing about other people
     */
    public void require(String qid) {
        if (!this.qid.value().equals(qid)) {
            throw new NotTheHolderException();
        }
    }

    /** Without the QID: a holder may end up in a log line, a QID must not. */
    @Override
    public String toString() {
        return "Holder[tokenId=" + tokenId + ", appId=" + appId + "]";
    }
}
