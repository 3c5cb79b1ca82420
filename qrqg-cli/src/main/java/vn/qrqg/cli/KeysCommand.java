package vn.qrqg.cli;

import picocli.CommandLine.Command;

@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manages signing keys.",
        subcommands = {KeysNewCommand.class})
final class KeysCommand {
}
