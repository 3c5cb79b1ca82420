package vn.qrqg.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.declarations.HealthDeclaration;
import vn.qrqg.declarations.TravelDeclaration;
import vn.qrqg.feed.FeedType;
import vn.qrqg.feedback.FeedbackStatus;
import vn.qrqg.scanning.ScanScope;
import vn.qrqg.tracing.ExposureLevel;

/**
 * Every purpose, field and outcome the code audits has its plain words, in Vietnamese and English,
 * in {@link AccessWords#RESOURCE}: a person's access log never shows an HTTP path or a code. They are
 * found in the sources, at each {@code AuditEntry.of} and {@code new AuditEntry}, and at each call of
 * a method that takes a {@code purpose} (followed to its callers); constants are followed, and what
 * code decides (an enum's name, a view's fields) is named below with where its values come from.
 */
class AccessWordsTest {
    private static final Path SERVER = Path.of("src/main/java");
    private static final Pattern CALL = Pattern.compile("(?<![\\w])(new\\s+AuditEntry|AuditEntry\\.of|\\w+)\\s*\\(");
    private static final Pattern DECLARATION = Pattern.compile("\\b(\\w+)\\s*\\(([^()]*\\bString purpose\\b[^()]*)\\)");
    private static final Pattern STRING_CONSTANT = Pattern.compile("static final String (\\w+)\\s*=\\s*");
    private static final Pattern LIST_CONSTANT = Pattern.compile("static final List<String> (\\w+)\\s*=\\s*");
    /** What a followed parameter stands for: its callers' arguments are read instead. */
    private static final List<String> FOLLOWED = List.of();

    private final Map<String, String> sources = sources();
    private final Map<String, List<String>> knownFields = Map.of(
            "view.fields()", scanViewFields(), "ScanScope.VENUE.fields()", scanViewFields(),
            "options.fields()", literalsOf("ImageOptions.java", "List<String> fields()"),
            "fieldsOf(items)", Stream.concat(HealthDeclaration.FIELDS.stream(), TravelDeclaration.FIELDS.stream()).toList(),
            "List.copyOf(read.getValue())", names(FeedType.values()));
    private final Map<String, List<String>> knownOutcomes = Map.of(
            "answer.outcome().name()", names(ScanOutcome.values()), "resolution.outcome().name()", names(ScanOutcome.values()),
            "outcome", names(ScanOutcome.values()), "row.level().name()", names(ExposureLevel.values()),
            "r.status().name()", names(FeedbackStatus.values()),
            "route.outcome", literalsOf("ProvenIssuance.java", "enum Route"));

    private final Map<String, String> purposes = new TreeMap<>();
    private final Map<String, String> fields = new TreeMap<>();
    private final Map<String, String> outcomes = new TreeMap<>();
    private final List<String> unresolved = new ArrayList<>();

    AccessWordsTest() {
        scan();
    }

    @Test
    void everyPurposeTheCodeAuditsHasPlainWordsInBothLanguages() {
        assertThat(unresolved).as("audit arguments this test cannot read: make them constants, or name them here")
                .isEmpty();
        assertThat(missing(purposes, key -> AccessWords.catalogue().purpose(key, null)))
                .as("purposes without words in " + AccessWords.RESOURCE + " (purpose=where)").isEmpty();
    }

    @Test
    void everyFieldAndOutcomeTheCodeAuditsHasPlainWordsInBothLanguages() {
        assertThat(missing(fields, AccessWords.catalogue()::field)).as("fields without words (field=where)").isEmpty();
        assertThat(missing(outcomes, AccessWords.catalogue()::outcome)).as("outcomes without words (outcome=where)")
                .isEmpty();
    }

    @Test
    void theSourcesWereFound() {
        assertThat(purposes).as("a scan that finds nothing proves nothing").hasSizeGreaterThan(30)
                .containsKeys("POST /api/v1/scans", "GET /api/v1/qr/{qid}.png", "NATS qrqg.feed",
                        "POST /api/v1/citizens/qr/challenges/{challengeId}", "GET /api/v1/citizens/{qid}/access-log");
        assertThat(fields).hasSizeGreaterThan(40).containsKeys("shortName", "address", "qr.full", "CARD_CHANGED");
        assertThat(outcomes).containsKeys("READ", "VALID", "F1", "ISSUED_IN_PERSON", "CLOSED", "NONE");
    }

    @Test
    void aScopesOwnWordsComeFirstAndWhatTheCatalogueLacksIsSaidHonestly() {
        assertThat(AccessWords.catalogue().purpose("POST /api/v1/scans", "scan:police")).get()
                .extracting(AccessWords.Words::vi).isEqualTo("Công an kiểm tra giấy tờ");
        assertThat(AccessWords.catalogue().purpose("POST /api/v1/scans", "scan:venue")).get()
                .extracting(AccessWords.Words::vi).isEqualTo("Quét mã khi vào địa điểm");
        assertThat(AccessWords.catalogue().purpose("GET /api/v1/something/new", null)).isEmpty();
        for (String kind : List.of("purpose", "field", "outcome", "scope")) {
            AccessWords.Words generic = AccessWords.catalogue().generic(kind);
            assertThat(generic.vi()).isNotBlank().doesNotContain("/");
            assertThat(generic.en()).isNotBlank().doesNotContain("/");
        }
    }

    private static Map<String, String> missing(Map<String, String> found, Function<String, Optional<AccessWords.Words>> words) {
        Map<String, String> missing = new TreeMap<>();
        found.forEach((key, where) -> {
            Optional<AccessWords.Words> w = words.apply(key);
            if (w.isEmpty() || w.get().vi().isBlank() || w.get().en().isBlank()) {
                missing.put(key, where);
            }
        });
        return missing;
    }

    /** The audit's calls and the purpose-taking methods' calls, each argument read. */
    private void scan() {
        Map<String, int[]> methods = new HashMap<>(); // name/arity → purpose, fields, outcome positions (-1: none)
        methods.put("AuditEntry.of/7", new int[] {2, 5, 6});
        methods.put("new AuditEntry/9", new int[] {7, 6, 8});
        sources.forEach((file, text) -> {
            Matcher declaration = DECLARATION.matcher(text);
            while (declaration.find()) {
                List<String> names = JavaSourceText.split(declaration.group(2), ",").stream()
                        .map(p -> p.strip().replaceAll(".*\\s", "")).toList();
                methods.put(declaration.group(1) + "/" + names.size(), new int[] {names.indexOf("purpose"),
                        names.indexOf("fields"), names.indexOf("outcome")});
            }
        });
        java.util.Set<String> names = new java.util.HashSet<>();
        methods.keySet().forEach(key -> names.add(key.substring(0, key.indexOf('/'))));
        sources.forEach((file, text) -> {
            Matcher call = CALL.matcher(text);
            while (call.find()) {
                if (!names.contains(call.group(1).replaceAll("\\s+", " "))) {
                    continue;
                }
                List<String> arguments = JavaSourceText.arguments(text, call.end());
                int[] at = methods.get(call.group(1).replaceAll("\\s+", " ") + "/" + arguments.size());
                if (at == null || arguments.get(at[0]).startsWith("String ")) {
                    continue; // no audit, or the declaration itself
                }
                String where = file + ":" + JavaSourceText.line(text, call.start());
                strings(arguments.get(at[0]), file, where).forEach(p -> purposes.putIfAbsent(p, where));
                if (at[1] >= 0) {
                    names(arguments.get(at[1]), file, where, knownFields).forEach(f -> fields.putIfAbsent(f, where));
                }
                if (at[2] >= 0) {
                    names(arguments.get(at[2]), file, where, knownOutcomes).forEach(o -> outcomes.putIfAbsent(o, where));
                }
            }
        });
    }

    /** The texts a purpose expression can be: literals, constants and their concatenations, both ternary branches. */
    private List<String> strings(String expression, String file, String where) {
        String e = expression.strip();
        List<String> branches = JavaSourceText.split(e, "?");
        if (branches.size() > 1) {
            List<String> options = JavaSourceText.split(String.join("?", branches.subList(1, branches.size())), ":");
            return Stream.concat(strings(options.getFirst(), file, where).stream(),
                    strings(String.join(":", options.subList(1, options.size())), file, where).stream()).toList();
        }
        if (e.equals("purpose")) {
            return FOLLOWED;
        }
        StringBuilder made = new StringBuilder();
        for (String term : JavaSourceText.split(e, "+")) {
            String t = term.strip();
            String value = t.startsWith("\"") ? JavaSourceText.literals(t).getFirst() : stringConstant(t, file);
            if (value == null) {
                unresolved.add(where + " purpose " + e);
                return List.of();
            }
            made.append(value);
        }
        return List.of(made.toString());
    }

    /** The names a fields or outcome expression can hold. */
    private List<String> names(String expression, String file, String where, Map<String, List<String>> known) {
        String e = expression.strip();
        if (known.containsKey(e)) {
            return known.get(e);
        }
        List<String> branches = JavaSourceText.split(e, "?");
        if (branches.size() > 1) {
            List<String> options = JavaSourceText.split(String.join("?", branches.subList(1, branches.size())), ":");
            return Stream.concat(names(options.getFirst(), file, where, known).stream(),
                    names(String.join(":", options.subList(1, options.size())), file, where, known).stream()).toList();
        }
        if (e.equals("fields")) {
            return FOLLOWED;
        }
        if (e.startsWith("\"") || e.startsWith("List.of(")) {
            return JavaSourceText.literals(e);
        }
        List<String> constant = listConstant(e, file);
        if (constant == null) {
            unresolved.add(where + " " + e);
            return List.of();
        }
        return constant;
    }

    private String stringConstant(String name, String file) {
        String owner = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : JavaSourceText.className(file);
        String simple = name.substring(name.lastIndexOf('.') + 1);
        return constantsOf(owner, STRING_CONSTANT).get(simple) instanceof String expression
                ? String.join("", strings(expression, fileOf(owner), "constant " + name)) : null;
    }

    private List<String> listConstant(String name, String file) {
        String owner = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : JavaSourceText.className(file);
        String expression = constantsOf(owner, LIST_CONSTANT).get(name.substring(name.lastIndexOf('.') + 1));
        return expression == null ? null : JavaSourceText.literals(expression);
    }

    /** The constants a class declares, name → the expression that gives each its value. */
    private Map<String, String> constantsOf(String owner, Pattern kind) {
        Map<String, String> constants = new HashMap<>();
        String file = fileOf(owner);
        if (file == null) {
            return constants;
        }
        String text = sources.get(file);
        Matcher constant = kind.matcher(text);
        while (constant.find()) {
            constants.put(constant.group(1), text.substring(constant.end(), text.indexOf(';', constant.end())));
        }
        return constants;
    }

    private String fileOf(String owner) {
        String simple = owner.substring(owner.lastIndexOf('.') + 1);
        return sources.keySet().stream().filter(path -> path.endsWith("/" + simple + ".java")).findFirst().orElse(null);
    }

    /** The string literals in the block that follows {@code start} in a file (a method, an enum). */
    private List<String> literalsOf(String fileName, String start) {
        String text = sources.get(fileOf(fileName.replace(".java", "")));
        int open = text.indexOf('{', text.indexOf(start));
        return JavaSourceText.literals(text.substring(open, JavaSourceText.end(text, open + 1)));
    }

    private static List<String> scanViewFields() {
        return Arrays.stream(ScanScope.values()).flatMap(scope -> scope.fields().stream()).distinct().toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The server's sources but the audit's own, which records what others pass it, and the words' readers. */
    private static Map<String, String> sources() {
        Map<String, String> all = new TreeMap<>(JavaSourceText.read(SERVER));
        all.keySet().removeIf(file -> file.startsWith("vn/qrqg/audit/") || file.startsWith("vn/qrqg/privacy/internal/"));
        return all;
    }
}
