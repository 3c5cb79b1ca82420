package vn.qrqg.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.qrqg.codec.signature.InMemorySigner;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Makes a new P-256 signing key in DIR: private-key.pem (owner-only), public-key.pem,",
                "and jwks.json, the trust list scanners need. Never overwrites an existing key."})
final class KeysNewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR")
    Path directory;

    @Option(names = "--json", description = "Print one JSON object instead of lines.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        InMemorySigner signer = KeyDirectory.create(directory);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("keyId", signer.keyId());
        fields.put("privateKey", directory.resolve(KeyDirectory.PRIVATE_KEY).toString());
        fields.put("trustList", directory.resolve(KeyDirectory.JWKS).toString());
        Output.print(spec.commandLine().getOut(), fields, json);
        return 0;
    }
}
