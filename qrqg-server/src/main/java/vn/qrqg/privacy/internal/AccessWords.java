package vn.qrqg.privacy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plain words of the access log, in Vietnamese and English, from {@value #RESOURCE}: one place
 * for every purpose, field, outcome and scope the audit names. What the catalogue lacks is said
 * with an honest, generic phrase, never with the audit's code (an HTTP path means nothing to a person).
 */
public final class AccessWords {
    public static final String RESOURCE = "/privacy/access-words.json";

    /** A phrase in both languages. */
    public record Words(String vi, String en) {
        public String in(boolean vietnamese) {
            return vietnamese ? vi : en;
        }
    }

    private static final AccessWords CATALOGUE = load();

    private final Map<String, Map<String, Words>> sections;

    private AccessWords(Map<String, Map<String, Words>> sections) {
        this.sections = sections;
    }

    public static AccessWords catalogue() {
        return CATALOGUE;
    }

    /** A purpose's words: under its scope first ({@code purpose|scope}), then alone. */
    public Optional<Words> purpose(String purpose, String scope) {
        Optional<Words> specific = scope == null ? Optional.empty() : find("purposes", purpose + "|" + scope);
        return specific.or(() -> find("purposes", purpose));
    }

    public Optional<Words> field(String name) {
        return find("fields", name);
    }

    public Optional<Words> outcome(String code) {
        return find("outcomes", code);
    }

    public Optional<Words> scope(String scope) {
        return find("scopes", scope);
    }

    /** The honest phrase for what the catalogue lacks: {@code purpose}, {@code field}, {@code outcome}, {@code scope}. */
    public Words generic(String kind) {
        return find("generic", kind).orElseThrow(() -> new IllegalArgumentException("no generic " + kind));
    }

    private Optional<Words> find(String section, String key) {
        return Optional.ofNullable(sections.getOrDefault(section, Map.of()).get(key));
    }

    private static AccessWords load() {
        try (InputStream in = AccessWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Map<String, Map<String, Words>> sections = new HashMap<>();
            for (String section : new String[] {"generic", "purposes", "scopes", "fields", "outcomes"}) {
                Map<String, Words> words = new HashMap<>();
                root.path(section).properties().forEach(entry -> words.put(entry.getKey(),
                        new Words(entry.getValue().path("vi").asString(), entry.getValue().path("en").asString())));
                sections.put(section, Map.copyOf(words));
            }
            return new AccessWords(Map.copyOf(sections));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
