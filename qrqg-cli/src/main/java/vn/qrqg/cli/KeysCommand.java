package vn.qrqg.cli;

import picocli.CommandLine.Command;

@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Manages signing keys: local ones, and the running platform's.",
        subcommands = {KeysNewCommand.class, KeysRotateCommand.class})
final class KeysCommand {
}
