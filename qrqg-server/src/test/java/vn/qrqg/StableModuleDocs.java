package vn.qrqg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Documenter lists a module's dependencies and its events' publishers in hash order, which
 * changes from one JVM to the next: sorted here, so that a build that changed nothing leaves
 * docs/modules as it was and a diff there shows a real change.
 */
final class StableModuleDocs {

    private StableModuleDocs() {
    }

    /** Sorts the relationships and components of every diagram and the lists of every canvas in {@code folder}. */
    static void sort(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                List<String> sorted = file.toString().endsWith(".adoc") ? sortLists(lines) : sortRuns(lines);
                Files.write(file, sorted, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PlantUML: each run of {@code Rel(…)} or {@code Component(…)} lines, sorted. */
    private static List<String> sortRuns(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String kind = null;
        for (String line : lines) {
            String lineKind = line.startsWith("Rel(") ? "Rel(" : line.strip().startsWith("Component(") ? "Component(" : null;
            if (lineKind == null || !lineKind.equals(kind)) {
                out.addAll(run.stream().sorted().toList());
                run.clear();
            }
            kind = lineKind;
            (lineKind == null ? out : run).add(line);
        }
        out.addAll(run.stream().sorted().toList());
        return out;
    }

    /**
     * AsciiDoc table cells holding a list ({@code |* a}, {@code * b}, each item with its
     * {@code ** } sub-items): the items sorted, and the sub-items of each.
     */
    private static List<String> sortLists(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<List<String>> items = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("|* ") || (!items.isEmpty() && line.startsWith("* "))) {
                items.add(new ArrayList<>(List.of(line.startsWith("|") ? line.substring(1) : line)));
            } else if (!items.isEmpty() && line.startsWith("** ")) {
                items.getLast().add(line);
            } else {
                flush(items, out);
                out.add(line);
            }
        }
        flush(items, out);
        return out;
    }

    private static void flush(List<List<String>> items, List<String> out) {
        List<List<String>> sorted = items.stream()
                .map(item -> Stream.concat(Stream.of(item.getFirst()), item.stream().skip(1).sorted()).toList())
                .sorted((a, b) -> a.getFirst().compareTo(b.getFirst())).toList();
        for (int i = 0; i < sorted.size(); i++) {
            List<String> item = sorted.get(i);
            out.add((i == 0 ? "|" : "") + item.getFirst());
            out.addAll(item.subList(1, item.size()));
        }
        items.clear();
    }
}
