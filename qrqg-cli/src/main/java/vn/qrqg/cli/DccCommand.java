package vn.qrqg.cli;

import picocli.CommandLine.Command;

@Command(name = "dcc", mixinStandardHelpOptions = true,
        description = "Reads and verifies EU Digital COVID Certificates (HC1: texts, docs/dcc.md).",
        subcommands = {DccVerifyCommand.class, DccDecodeCommand.class})
final class DccCommand {
}
