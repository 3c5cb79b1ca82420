package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every string a page can show has a Vietnamese and an English text: each dictionary has both
 * languages with the same keys, and every key the templates and scripts name (as a literal, or as
 * the fixed start of a key built at run time) is in a dictionary. Reads the sources, so a page
 * that shows a key instead of words fails here, not in front of a citizen.
 */
class TranslationsTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path ASSETS = RESOURCES.resolve("static/assets");
    private static final Pattern DATA_I18N = Pattern.compile("data-i18n=\"([^\"{}]+)\"");
    private static final Pattern DATA_I18N_ATTR = Pattern.compile("data-i18n-attr=\"([^\"{}]+)\"");
    private static final Pattern LITERAL_KEY = Pattern.compile("\\bt\\(\\s*['\"]([a-zA-Z][\\w.-]*\\.[\\w.-]+)['\"]");
    private static final Pattern BUILT_KEY = Pattern.compile("\\bt\\(\\s*`([a-zA-Z][\\w.-]*\\.)\\$\\{");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyDictionaryHasBothLanguagesWithTheSameKeys() throws IOException {
        for (Path dictionary : dictionaries()) {
            JsonNode json = JSON.readTree(dictionary.toFile());
            Set<String> vi = keys(json.path("vi"));
            Set<String> en = keys(json.path("en"));
            assertThat(vi).as("%s has Vietnamese", dictionary.getFileName()).isNotEmpty();
            assertThat(difference(vi, en)).as("%s: keys with Vietnamese but no English", dictionary.getFileName()).isEmpty();
            assertThat(difference(en, vi)).as("%s: keys with English but no Vietnamese", dictionary.getFileName()).isEmpty();
            json.path("vi").properties().forEach(entry -> assertThat(entry.getValue().asString())
                    .as("%s: %s in Vietnamese", dictionary.getFileName(), entry.getKey()).isNotBlank());
            json.path("en").properties().forEach(entry -> assertThat(entry.getValue().asString())
                    .as("%s: %s in English", dictionary.getFileName(), entry.getKey()).isNotBlank());
        }
    }

    @Test
    void everyKeyThePagesNameIsInADictionary() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path dictionary : dictionaries()) {
            known.addAll(keys(JSON.readTree(dictionary.toFile()).path("vi")));
        }
        Map<String, String> missing = new TreeMap<>();
        for (Path source : sources()) {
            String text = Files.readString(source);
            for (String key : namedKeys(text)) {
                if (!known.contains(key)) {
                    missing.put(key, RESOURCES.relativize(source).toString());
                }
            }
            Matcher built = BUILT_KEY.matcher(text);
            while (built.find()) {
                String start = built.group(1);
                if (known.stream().noneMatch(key -> key.startsWith(start))) {
                    missing.put(start + "*", RESOURCES.relativize(source).toString());
                }
            }
        }
        assertThat(missing).as("keys named by a page but in no dictionary (key → where)").isEmpty();
    }

    private static List<String> namedKeys(String text) {
        List<String> keys = new ArrayList<>();
        Matcher plain = DATA_I18N.matcher(text);
        while (plain.find()) {
            keys.add(plain.group(1).strip());
        }
        Matcher attrs = DATA_I18N_ATTR.matcher(text);
        while (attrs.find()) {
            for (String pair : attrs.group(1).split(";")) {
                String[] parts = pair.split(":", 2);
                if (parts.length == 2 && !parts[1].isBlank()) {
                    keys.add(parts[1].strip());
                }
            }
        }
        Matcher literal = LITERAL_KEY.matcher(text);
        while (literal.find()) {
            keys.add(literal.group(1));
        }
        return keys;
    }

    private static List<Path> dictionaries() throws IOException {
        try (Stream<Path> files = Files.list(ASSETS.resolve("i18n"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static List<Path> sources() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"));
                Stream<Path> scripts = Files.walk(ASSETS)) {
            templates.filter(p -> p.toString().endsWith(".mustache")).forEach(sources::add);
            // i18n.js is the mechanism itself: its comments name data-i18n="key"
            scripts.filter(p -> p.toString().endsWith(".js") && !p.getFileName().toString().equals("i18n.js"))
                    .forEach(sources::add);
        }
        return sources;
    }

    private static Set<String> keys(JsonNode language) {
        Set<String> keys = new TreeSet<>();
        language.properties().forEach(entry -> keys.add(entry.getKey()));
        return keys;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
