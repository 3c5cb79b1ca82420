package vn.qrqg.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Vietnamese of the messages in an invalid request's {@code errors}: the English message is the
 * key, as in gettext, so that the API's English stays word for word what apps have always read.
 * {@code platform/field-messages-vi.json} maps each English template to its Vietnamese; a
 * {@code {0}}, {@code {1}}… stands for what code filled in (a number, a list of names, the codec's
 * own detail), and a filled-in part that is itself a known message is translated too. The template
 * with the most fixed text wins, so that "must be IN or OUT" is not taken for "must be {0}".
 * {@code FieldMessagesTest} fails when a message the code can give has no template.
 */
final class FieldMessages {
    static final String RESOURCE = "/platform/field-messages-vi.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static final int DEPTH = 2;
    private static final List<Template> TEMPLATES = load();

    /** One English template, as a pattern with a group per placeholder, and its Vietnamese. */
    private record Template(String english, Pattern pattern, List<Integer> groups, String vietnamese) {

        int fixedText() {
            return PLACEHOLDER.matcher(english).replaceAll("").length();
        }
    }

    private FieldMessages() {
    }

    /** The message in Vietnamese, or empty when no template fits it. */
    static Optional<String> vietnamese(String english) {
        return english == null ? Optional.empty() : translate(english, DEPTH);
    }

    /** The message in Vietnamese, or the English itself when no template fits it. */
    static String vietnameseOrAsIs(String english) {
        return vietnamese(english).orElse(english);
    }

    /** How many templates there are, for tests. */
    static int size() {
        return TEMPLATES.size();
    }

    private static Optional<String> translate(String english, int depth) {
        for (Template template : TEMPLATES) {
            Matcher match = template.pattern().matcher(english);
            if (match.matches()) {
                return Optional.of(filled(template, match, depth));
            }
        }
        return Optional.empty();
    }

    private static String filled(Template template, Matcher match, int depth) {
        Matcher placeholder = PLACEHOLDER.matcher(template.vietnamese());
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            int group = template.groups().indexOf(Integer.parseInt(placeholder.group(1))) + 1;
            String value = group == 0 ? placeholder.group() : match.group(group);
            String words = depth > 1 ? translate(value, depth - 1).orElse(value) : value;
            placeholder.appendReplacement(out, Matcher.quoteReplacement(words));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private static Template template(String english, String vietnamese) {
        StringBuilder regex = new StringBuilder();
        List<Integer> groups = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(english);
        int from = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(english.substring(from, placeholder.start()))).append("(.+?)");
            groups.add(Integer.parseInt(placeholder.group(1)));
            from = placeholder.end();
        }
        regex.append(Pattern.quote(english.substring(from)));
        return new Template(english, Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(groups), vietnamese);
    }

    private static List<Template> load() {
        try (InputStream in = FieldMessages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            JsonNode json = JsonMapper.builder().build().readTree(in);
            List<Template> templates = new ArrayList<>();
            json.properties().forEach(entry -> templates.add(template(entry.getKey(), entry.getValue().asString())));
            templates.sort(Comparator.comparingInt(Template::fixedText).reversed());
            return List.copyOf(templates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
