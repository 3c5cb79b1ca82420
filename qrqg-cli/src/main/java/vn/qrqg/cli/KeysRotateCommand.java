package vn.qrqg.cli;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "rotate", mixinStandardHelpOptions = true,
        description = {"Rotates the running platform's signing key: a new key becomes active and the previous one "
                + "is retired (still in the trust list for QRs it signed).",
                "Needs QRQG_BOOTSTRAP_ADMIN_SECRET, the admin secret printed at the platform's first start."})
final class KeysRotateCommand implements Callable<Integer> {

    @Mixin
    AdminOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AdminClient admin = AdminClient.connect(options.url);
        Map<String, Object> answer = admin.post("/api/v1/admin/keys/rotate", null,
                HttpRequest.BodyPublishers.noBody(), AdminClient.DEFAULT_TIMEOUT);
        if (options.json) {
            Output.print(spec.commandLine().getOut(), answer, true);
            return 0;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("active", answer.get("kid"));
        if (answer.get("previous") instanceof Map<?, ?> previous && previous.get("kid") != null) {
            fields.put("retired", previous.get("kid"));
        }
        Output.print(spec.commandLine().getOut(), fields, false);
        return 0;
    }
}
