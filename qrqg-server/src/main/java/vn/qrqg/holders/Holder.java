package vn.qrqg.holders;

import java.util.Objects;
import java.util.UUID;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.codec.personal.Qid;

/**
 * The person the current request acts for, proven by a holder token that the calling app holds
 * and that is not revoked. A controller that declares a {@code Holder} parameter serves the
 * holder only: the platform resolves it from {@value HolderTokens#HEADER}, or refuses the call
 * with 403 before the controller runs.
 *
 * <p>A holder carries the app that proved it ({@link #app()}): whatever a capability does for the
 * holder, it records and audits as that app's, whether the call came over HTTP or, like the
 * portal's, from inside the platform.
 *
 * <p>A class rather than a record, with a package-private constructor, so that nothing but
 * {@link HolderTokens} can make one: no data binding or caller can forge a verified holder.
 */
public final class Holder {
    private final UUID tokenId;
    private final CallingClient app;
    private final Qid qid;

    Holder(UUID tokenId, CallingClient app, Qid qid) {
        this.tokenId = Objects.requireNonNull(tokenId, "tokenId");
        this.app = Objects.requireNonNull(app, "app");
        this.qid = Objects.requireNonNull(qid, "qid");
    }

    /** The token's id (never the token): names it in records such as an audit trail. */
    public UUID tokenId() {
        return tokenId;
    }

    /** The app that holds the token, which is the app calling. */
    public UUID appId() {
        return app.appId();
    }

    /** The app that holds the token and acts for the person, with its scopes: the reader the audit records. */
    public CallingClient app() {
        return app;
    }

    /** The person. */
    public Qid qid() {
        return qid;
    }

    /**
     * Checks that this holder is the person {@code qid} names, as a path like
     * {@code /api/v1/qr/{qid}.png} asks.
     *
     * @throws NotTheHolderException otherwise
     */
    public void require(Qid qid) {
        if (!this.qid.equals(qid)) {
            throw new NotTheHolderException();
        }
    }

    /**
     * As {@link #require(Qid)}, for a QID as a request's path names it.
     *
     * @throws NotTheHolderException also when {@code qid} is malformed or nobody's: the refusal is
     *         the same, so that it says nothing about other people
     */
    public void require(String qid) {
        require(named(qid));
    }

    /**
     * The QID a request names in its path, for a service that then checks it with
     * {@link #require(Qid)}.
     *
     * @throws NotTheHolderException when {@code qid} is malformed: refused as another person's QID
     *         is, so that the answer says nothing about other people
     */
    public static Qid named(String qid) {
        if (!Qid.isValid(qid)) {
            throw new NotTheHolderException();
        }
        return new Qid(qid);
    }

    /** Without the QID: a holder may end up in a log line, a QID must not. */
    @Override
    public String toString() {
        return "Holder[tokenId=" + tokenId + ", appId=" + app.appId() + "]";
    }
}
