package vn.qrqg.cli;

import picocli.CommandLine.Command;

@Command(name = "registry", mixinStandardHelpOptions = true,
        description = "Manages the running platform's reference registry of people.",
        subcommands = {RegistryImportCommand.class})
final class RegistryCommand {
}
