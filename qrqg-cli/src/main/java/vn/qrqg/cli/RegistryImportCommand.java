package vn.qrqg.cli;

import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Sends a CSV file of people (docs/registry.md) to the running platform's registry and prints "
                + "how many rows were imported, updated and rejected, with the line and reason of each rejected row. "
                + "Exits 0 when the import ran, also with rejected rows.",
                "Needs QRQG_BOOTSTRAP_ADMIN_SECRET, the admin secret printed at the platform's first start."})
final class RegistryImportCommand implements Callable<Integer> {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "UTF-8 CSV with a header row.")
    Path file;

    @Mixin
    AdminOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AdminClient admin = AdminClient.connect(options.url);
        if (!Files.exists(file)) {
            throw new AdminClient.Failure(QrqgCommand.USAGE, "no such file: " + file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new AdminClient.Failure(QrqgCommand.USAGE, "cannot read " + file);
        }
        PrintWriter err = spec.commandLine().getErr();
        HttpRequest.BodyPublisher body;
        try {
            body = HttpRequest.BodyPublishers.ofFile(file);
        } catch (FileNotFoundException e) {
            throw new AdminClient.Failure(QrqgCommand.USAGE, "cannot read " + file);
        }
        long size = body.contentLength();
        err.println("sending " + file + " (" + size + " bytes) to " + admin.url() + " …");
        err.flush();
        long started = System.nanoTime();
        Map<String, Object> answer = admin.post("/api/v1/admin/registry/import", "text/csv; charset=UTF-8",
                AdminClient.withProgress(body, err), TIMEOUT);
        err.println(String.format("sent %d bytes; the platform answered in %.1f s",
                size, (System.nanoTime() - started) / 1e9));
        err.flush();

        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            Output.print(out, answer, true);
            return 0;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("imported", answer.getOrDefault("imported", 0));
        fields.put("updated", answer.getOrDefault("updated", 0));
        fields.put("rejected", answer.getOrDefault("rejectedCount",
                answer.get("rejected") instanceof List<?> list ? list.size() : 0));
        Output.print(out, fields, false);
        if (answer.get("rejected") instanceof List<?> rejected) {
            for (Object row : rejected) {
                if (row instanceof Map<?, ?> map) {
                    out.println("line " + map.get("line") + ": " + map.get("reason"));
                }
            }
        }
        out.flush();
        return 0;
    }
}
