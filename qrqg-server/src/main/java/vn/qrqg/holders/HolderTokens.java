package vn.qrqg.holders;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.holders.internal.HolderTokenRepository;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.platform.secrets.SecretTokens;

/**
 * Holder tokens: a person's consent, given through one app, that this app acts for them (reads
 * their QR, checks in, declares). A token is a 256-bit random secret bound to one app and one
 * QID; the platform keeps only its SHA-256. Tokens live while they are used: until revoked, by
 * the app ({@link #revoke}), by an operator for every app at once ({@link #revokeAll}), or by the
 * platform once unused for {@code qrqg.holders.idle-token-lifetime} (HolderTokenHousekeeping).
 * Thread-safe.
 */
@Service
public class HolderTokens {
    /** The request header an app presents a holder token in, beside its access token. */
    public static final String HEADER = "X-Holder-Token";

    private final HolderTokenRepository repository;
    private final EventOutbox events;

    HolderTokens(HolderTokenRepository repository, EventOutbox events) {
        this.repository = repository;
        this.events = events;
    }

    /**
     * A new token for {@code appId} to act for {@code qid}. Each call makes another; earlier
     * ones keep working until revoked. The caller hands it to the app once: it is not kept.
     */
    public String issue(UUID appId, Qid qid) {
        return issue(appId, qid, null);
    }

    /**
     * As {@link #issue(UUID, Qid)}, noting the commune the registry gives for the person, so that
     * the app hears of that commune's risk level in its change feed.
     */
    public String issue(UUID appId, Qid qid, String communeCode) {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(qid, "qid");
        String token = SecretTokens.generate();
        repository.insert(SecretTokens.sha256(token), appId, qid.value(), communeCode);
        return token;
    }

    /** For each of {@code qids}, the apps holding a valid token for that person (none: absent). */
    public Map<String, Set<UUID>> appsHolding(Collection<String> qids) {
        return repository.appsHolding(qids);
    }

    /** Those of {@code qids} that {@code appId} holds a valid token for. */
    public Set<String> heldBy(UUID appId, Collection<String> qids) {
        return repository.heldBy(appId, qids);
    }

    /**
     * The apps holding a valid token for someone of the commune {@code areaCode} (5 digits) or of
     * any commune of the province (2 digits), as the registry placed them when it was issued.
     */
    public Set<UUID> appsWithPeopleIn(String areaCode) {
        return repository.appsWithPeopleIn(areaCode);
    }

    /**
     * The holder that {@code token} proves to the app {@code app}, which then acts for them.
     *
     * @throws HolderTokenRequiredException when {@code token} is null or blank
     * @throws InvalidHolderTokenException when it is unknown, malformed, revoked or another app's
     */
    public Holder verify(CallingClient app, String token) {
        if (token == null || token.isBlank()) {
            throw new HolderTokenRequiredException();
        }
        if (!SecretTokens.isWellFormed(token)) {
            throw new InvalidHolderTokenException();
        }
        HolderTokenRepository.Active active = repository.findActive(SecretTokens.sha256(token))
                .filter(found -> found.appId().equals(app.appId()))
                .orElseThrow(InvalidHolderTokenException::new);
        return new Holder(active.tokenId(), app, new Qid(active.qid()));
    }

    /**
     * The holder of the current request: {@code token} is its {@value #HEADER} header, checked
     * against the calling app. A controller rather declares a {@link Holder} parameter.
     */
    public Holder require(String token) {
        return verify(CallingClient.require(), token);
    }

    /** Revokes the token that proved {@code holder}; it is refused from the next call on. */
    @Transactional
    public void revoke(Holder holder) {
        repository.revoke(holder.tokenId()).ifPresent(this::revoked);
    }

    /**
     * The apps that act for {@code holder}'s person, one entry per valid token, oldest first.
     * Only the person's holder may ask: the caller proved it with {@link #require}.
     */
    public List<HeldToken> held(Holder holder) {
        return repository.activeOf(holder.qid().value());
    }

    /**
     * The person revokes one of their holder tokens, whichever app holds it (the calling app's
     * own included). @return false when the person has no such valid token
     */
    @Transactional
    public boolean revoke(Holder holder, UUID tokenId) {
        Optional<HolderTokenRepository.Active> revoked = repository.revoke(holder.qid().value(), tokenId);
        revoked.ifPresent(this::revoked);
        return revoked.isPresent();
    }

    /**
     * Of these people, those some app holds a valid token for, whichever app: the people whose
     * changes an app's feed carries. One query.
     */
    public Set<Qid> withValidTokens(Collection<Qid> qids) {
        return repository.withActive(qids.stream().map(Qid::value).distinct().toList()).stream().map(Qid::new)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The people some app holds a valid token for, in QID order, after {@code after} ({@code null}:
     * from the first), at most {@code limit}: to go through all of them page by page.
     */
    public List<Qid> heldAfter(Qid after, int limit) {
        return repository.heldAfter(after == null ? "" : after.value(), limit).stream().map(Qid::new).toList();
    }

    /** Revokes every token of the person, whichever app holds it. @return how many were still valid */
    @Transactional
    public int revokeAll(Qid qid) {
        List<HolderTokenRepository.Active> revoked = repository.revokeAll(qid.value());
        revoked.forEach(this::revoked);
        return revoked.size();
    }

    private void revoked(HolderTokenRepository.Active token) {
        events.publish(new HolderTokenRevoked(token.tokenId(), token.appId(), new Qid(token.qid()), Instant.now()));
    }
}
