package vn.qrqg.codec.signature;

import java.security.PublicKey;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The public keys a scanner trusts, by kid: what the platform publishes as a JWKS so that apps
 * verify offline. Immutable; {@link #with} returns a new list.
 */
public final class TrustList {
    private static final TrustList EMPTY = new TrustList(new LinkedHashMap<>(), Map.of());

    private final Map<String, Entry> byKid;
    private final List<TrustedKey> keys;
    /** The counter of each key's revocation list, as its JWKS entry announces it (FORMATS.md §4). */
    private final Map<String, Long> crlVersions;

    /** A trusted key and its provider-native form, converted once so that verification does not. */
    record Entry(TrustedKey key, PublicKey nativeKey) {
        static Entry of(TrustedKey key) {
            return new Entry(key, EcdsaP256.nativePublicKey(key.publicKey()));
        }
    }

    private TrustList(LinkedHashMap<String, Entry> byKid, Map<String, Long> crlVersions) {
        this.byKid = Collections.unmodifiableMap(byKid);
        this.keys = byKid.values().stream().map(Entry::key).toList();
        this.crlVersions = Map.copyOf(crlVersions);
    }

    public static TrustList empty() {
        return EMPTY;
    }

    /** The list of {@code keys}, in their order; {@link TrustListException} if two share a kid. */
    public static TrustList of(Collection<TrustedKey> keys) {
        LinkedHashMap<String, Entry> byKid = new LinkedHashMap<>();
        int index = 0;
        for (TrustedKey key : keys) {
            Objects.requireNonNull(key, "keys[" + index + "]");
            if (byKid.containsKey(key.kid())) {
                throw new TrustListException("keys[" + index + "]: kid \"" + key.kid() + "\" appears twice");
            }
            byKid.put(key.kid(), Entry.of(key));
            index++;
        }
        return byKid.isEmpty() ? EMPTY : new TrustList(byKid, Map.of());
    }

    /** The key with this id; empty for an unknown, null or malformed id. */
    public Optional<TrustedKey> find(String kid) {
        Entry entry = entry(kid);
        return entry == null ? Optional.empty() : Optional.of(entry.key());
    }

    /** All keys, in the order they were added. */
    public List<TrustedKey> keys() {
        return keys;
    }

    /** A list that also holds {@code key}, replacing the key with the same kid (e.g. to change its status). */
    public TrustList with(TrustedKey key) {
        Objects.requireNonNull(key, "key");
        LinkedHashMap<String, Entry> byKid = new LinkedHashMap<>(this.byKid);
        byKid.put(key.kid(), Entry.of(key)); // a replaced kid keeps its place
        return new TrustList(byKid, crlVersions);
    }

    /**
     * The counter of the key's revocation list ({@code crlVersion} in its JWKS entry): a reader whose
     * list is older fetches the delta. Empty when the key is unknown or announces no list.
     */
    public OptionalLong crlVersion(String kid) {
        Long version = kid == null ? null : crlVersions.get(kid);
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    /** A list in which the key {@code kid}, which it holds, announces its revocation list at {@code crlVersion}. */
    public TrustList withCrlVersion(String kid, long crlVersion) {
        if (!byKid.containsKey(kid)) {
            throw new TrustListException("no key \"" + kid + "\" to announce a revocation list for");
        }
        if (crlVersion < 0) {
            throw new TrustListException("crlVersion is a whole number from 0, not " + crlVersion);
        }
        Map<String, Long> versions = new HashMap<>(crlVersions);
        versions.put(kid, crlVersion);
        return new TrustList(new LinkedHashMap<>(byKid), versions);
    }

    /** The trust list a JWKS publishes; {@link TrustListException} naming the key and member at fault. */
    public static TrustList fromJwks(String json) {
        return Jwks.read(json);
    }

    /** This list as a pretty-printed JWKS, with x and y per RFC 7518 §6.2.1 and a {@code status} member. */
    public String toJwks() {
        return Jwks.write(this);
    }

    Entry entry(String kid) {
        return kid == null ? null : byKid.get(kid);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrustList list && keys.equals(list.keys) && crlVersions.equals(list.crlVersions);
    }

    @Override
    public int hashCode() {
        return 31 * keys.hashCode() + crlVersions.hashCode();
    }

    @Override
    public String toString() {
        return "TrustList" + keys;
    }
}
