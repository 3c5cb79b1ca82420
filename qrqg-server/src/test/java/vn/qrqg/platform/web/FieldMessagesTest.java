package vn.qrqg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/**
 * Every message a field error can carry has its Vietnamese ({@link FieldMessages}). The messages
 * are found in the sources, as written at each call that names a field ({@code reject}, {@code fail},
 * {@code error}, {@code InvalidFieldException}, {@code FieldError}, constraint {@code message}s), with
 * what code fills in (a number, a list) standing as {@code 7}; constants and methods that return
 * fixed text are followed. A new message without a template fails here, naming where it is.
 */
class FieldMessagesTest {
    private static final Path SERVER = Path.of("src/main/java");
    private static final Path CODEC = Path.of("../qrqg-codec/src/main/java/vn/qrqg/codec");
    /** The codec's classes whose details become a field's message (declared QIDs, phones, venue codes…). */
    private static final List<String> CODEC_DETAILS = List.of("personal/Qid.java", "personal/ExtFields.java",
            "personal/PersonalQrContent.java", "venue/VenueCode.java", "document/DocumentNumber.java",
            "document/CccdNumber.java");
    private static final Pattern CALL = Pattern.compile("(?<![\\w.])(?:(\\w+)\\.)?(?:reject|fail|error)\\s*\\("
            + "|new\\s+InvalidFieldException\\s*\\(|new\\s+(?:InvalidRequest\\.)?FieldError\\s*\\("
            + "|InvalidRequest\\.problem\\s*\\(");
    private static final Set<String> NOT_FIELDS = Set.of("log", "LOG", "logger", "tally");
    private static final Pattern ANNOTATION_MESSAGE = Pattern.compile("message\\s*(?:\\(\\)\\s*default|=)\\s*");
    private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+)\\s*=\\s*");
    private static final Pattern FILLED = Pattern.compile("\\{\\w+}");
    private static final String FILLER = "7";

    private final Map<String, String> sources = read(SERVER);
    private final Map<String, String> constants = constants();

    @Test
    void everyFieldMessageInTheCodeHasItsVietnamese() {
        Map<String, String> missing = new TreeMap<>();
        samples().forEach((sample, where) -> {
            if (FieldMessages.vietnamese(sample).isEmpty()) {
                missing.put(sample, where);
            }
        });
        assertThat(missing).as("messages without a template in " + FieldMessages.RESOURCE + " (message=where)").isEmpty();
    }

    @Test
    void theSourcesWereFound() {
        assertThat(samples()).as("a scan that finds nothing proves nothing").hasSizeGreaterThan(150);
    }

    @Test
    void whatCodeFillsInIsKeptAndAKnownDetailIsTranslatedToo() {
        assertThat(FieldMessages.vietnameseOrAsIs("must be a whole number from 1 to 52")).isEqualTo("phải là số nguyên từ 1 đến 52");
        assertThat(FieldMessages.vietnameseOrAsIs("is not a venue code: the check character does not match: the code "
                + "was mistyped or misread")).isEqualTo("không phải mã địa điểm: ký tự kiểm tra không khớp: mã bị gõ sai hoặc đọc sai");
        assertThat(FieldMessages.vietnameseOrAsIs("must be at most 200 characters, " + PrintableText.MESSAGE
                .replace("must not contain", "without"))).isEqualTo("dài tối đa 200 ký tự, không có ký tự điều khiển hay ký tự đảo chiều văn bản");
        assertThat(FieldMessages.vietnameseOrAsIs("must be IN or OUT")).as("the most specific template wins")
                .isEqualTo("phải là IN (vào) hoặc OUT (ra)");
        assertThat(FieldMessages.vietnameseOrAsIs("something no template knows")).isEqualTo("something no template knows");
    }

    @Test
    void anInvalidRequestInVietnameseNamesEachFieldWithItsVietnameseMessage() {
        ProblemDetail problem = InvalidRequest.problem(List.of(new InvalidRequest.FieldError("name", "is required"),
                new InvalidRequest.FieldError("direction", "must be IN or OUT")));
        ProblemDetail vi = ProblemLanguage.vietnamese(problem);
        assertThat(vi.getProperties()).extractingByKey("errors").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(new InvalidRequest.FieldError("name", "là bắt buộc"),
                        new InvalidRequest.FieldError("direction", "phải là IN (vào) hoặc OUT (ra)"));
        assertThat(vi.getDetail()).isEqualTo("Yêu cầu không hợp lệ: name là bắt buộc; direction phải là IN (vào) hoặc OUT (ra).");
        assertThat(problem.getProperties()).extractingByKey("errors").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .as("the English problem is left as it was").contains(new InvalidRequest.FieldError("name", "is required"));
    }

    /** Each message the code can give, with where it is written. */
    private Map<String, String> samples() {
        Map<String, String> samples = new HashMap<>();
        // built by helpers rather than at a call: Hibernate Validator's own, OneOf's
        for (String message : List.of("must not be blank", "must not be null", "must not be empty",
                "size must be between 7 and 7", "is required: one of 7", "must be one of 7")) {
            samples.put(message, "Bean Validation");
        }
        sources.forEach((file, text) -> {
            Matcher call = CALL.matcher(text);
            while (call.find()) {
                if (call.group(1) != null && NOT_FIELDS.contains(call.group(1))) {
                    continue;
                }
                List<String> arguments = arguments(text, call.end());
                if (arguments.size() >= 2) {
                    String where = file + ":" + line(text, call.start());
                    samples(arguments.getLast(), file).forEach(sample -> samples.putIfAbsent(sample, where));
                }
            }
            Matcher annotation = ANNOTATION_MESSAGE.matcher(text);
            while (annotation.find()) {
                String expression = expression(text, annotation.end());
                for (String sample : samples(expression, file)) {
                    samples.putIfAbsent(FILLED.matcher(sample.replace("\\{", "\u0001").replace("\\}", "\u0002"))
                            .replaceAll(FILLER).replace('\u0001', '{').replace('\u0002', '}'),
                            file + ":" + line(text, annotation.start()));
                }
            }
        });
        read(CODEC).forEach((file, text) -> {
            if (CODEC_DETAILS.stream().noneMatch(file::endsWith)) {
                return;
            }
            Matcher thrown = Pattern.compile("new\\s+QrFormatException\\s*\\(").matcher(text);
            while (thrown.find()) {
                String where = "codec " + file + ":" + line(text, thrown.start());
                samples(arguments(text, thrown.end()).getLast(), file).forEach(sample -> samples.putIfAbsent(sample, where));
            }
        });
        return samples;
    }

    /** The messages {@code expression} can make: literals kept, constants and fixed returns followed. */
    private List<String> samples(String expression, String file) {
        String e = expression.strip();
        List<String> branches = split(e, "?");
        if (branches.size() > 1) {
            List<String> options = split(String.join("?", branches.subList(1, branches.size())), ":");
            List<String> both = new ArrayList<>(samples(options.getFirst(), file));
            both.addAll(samples(String.join(":", options.subList(1, options.size())), file));
            return both;
        }
        List<String> made = List.of("");
        boolean fixed = false;
        for (String term : split(e, "+")) {
            List<String> parts = term(term.strip(), file);
            fixed |= !parts.isEmpty();
            List<String> alternatives = parts.isEmpty() ? List.of(FILLER) : parts;
            made = made.stream().flatMap(start -> alternatives.stream().map(part -> start + part)).toList();
        }
        return fixed ? made : List.of();
    }

    /** What one term of a concatenation can be; empty when only code decides. */
    private List<String> term(String term, String file) {
        if (term.startsWith("\"")) {
            return List.of(unescape(term.substring(1, term.length() - 1)));
        }
        if (term.startsWith("(") && term.endsWith(")")) {
            return samples(term.substring(1, term.length() - 1), file);
        }
        String name = term.contains(".") ? term.substring(term.lastIndexOf('.') + 1) : term;
        String owner = term.contains(".") ? term.substring(0, term.lastIndexOf('.')) : className(file);
        if (name.matches("[A-Z_][A-Z0-9_]*")) {
            String value = constants.get(owner.substring(owner.lastIndexOf('.') + 1) + "." + name);
            return value == null ? List.of() : List.of(value);
        }
        Matcher call = Pattern.compile("^(?:(\\w+)\\.)?(\\w+)\\(.*\\)$", Pattern.DOTALL).matcher(term);
        return call.matches() ? returnsOf(call.group(1) == null ? className(file) : call.group(1), call.group(2)) : List.of();
    }

    /** The fixed messages a {@code String} method returns (its {@code return}s and switch arms). */
    private List<String> returnsOf(String owner, String method) {
        String file = sources.keySet().stream().filter(path -> path.endsWith("/" + owner + ".java")).findFirst().orElse(null);
        if (file == null) {
            return List.of();
        }
        String text = sources.get(file);
        Matcher declaration = Pattern.compile("\\bString\\s+" + method + "\\s*\\(").matcher(text);
        if (!declaration.find()) {
            return List.of();
        }
        int body = text.indexOf('{', declaration.end());
        String block = text.substring(body, end(text, body + 1, '}') + 1);
        List<String> returns = new ArrayList<>();
        Matcher result = Pattern.compile("(?:\\breturn\\s+|->\\s*)(?=[\"(\\w])").matcher(block);
        while (result.find()) {
            returns.addAll(samples(statement(block, result.end()), file));
        }
        return returns;
    }

    private static String statement(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = closingQuote(text, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ';' && depth == 0) {
                return text.substring(from, i);
            }
        }
        return text.substring(from);
    }

    /** The comma-separated arguments of the call whose parenthesis opened just before {@code from}. */
    private static List<String> arguments(String text, int from) {
        return split(text.substring(from, end(text, from, ')')), ",");
    }

    /** An annotation member's value: up to the comma or parenthesis that ends it. */
    private static String expression(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = closingQuote(text, i);
            } else if (c == '(') {
                depth++;
            } else if ((c == ')' && depth-- == 0) || (c == ',' && depth == 0) || c == ';') {
                return text.substring(from, i);
            }
        }
        return text.substring(from);
    }

    /** Where the bracket closing at depth 0 from {@code from} is. */
    private static int end(String text, int from, char closing) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = closingQuote(text, i);
            } else if (c == '\'') {
                i = text.indexOf('\'', i + (text.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        throw new IllegalStateException("no closing " + closing);
    }

    /** {@code text} split at {@code separator} where it stands outside literals and brackets. */
    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = closingQuote(text, i);
            } else if (c == '\'') {
                i = text.indexOf('\'', i + (text.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && text.startsWith(separator, i) && !lambdaArrow(text, i, separator)) {
                parts.add(text.substring(start, i));
                start = i + separator.length();
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static boolean lambdaArrow(String text, int i, String separator) {
        return separator.equals(":") && i + 1 < text.length() && text.charAt(i + 1) == ':'
                || separator.equals(":") && i > 0 && text.charAt(i - 1) == ':';
    }

    private static int closingQuote(String text, int open) {
        if (text.startsWith("\"\"\"", open)) {
            return text.indexOf("\"\"\"", open + 3) + 2;
        }
        int i = open + 1;
        while (i < text.length() - 1 && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    private static String unescape(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = literal.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private Map<String, String> constants() {
        Map<String, String> values = new HashMap<>();
        sources.forEach((file, text) -> {
            Matcher constant = CONSTANT.matcher(text);
            while (constant.find()) {
                List<String> terms = split(statement(text, constant.end()).strip(), "+");
                if (terms.stream().allMatch(term -> term.strip().startsWith("\""))) {
                    values.put(className(file) + "." + constant.group(1), String.join("",
                            terms.stream().map(String::strip).map(term -> unescape(term.substring(1, term.length() - 1))).toList()));
                }
            }
        });
        return values;
    }

    private static String className(String file) {
        return file.substring(file.lastIndexOf('/') + 1, file.length() - ".java".length());
    }

    private static int line(String text, int at) {
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static Map<String, String> read(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(path -> path.toString().endsWith(".java")).toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
