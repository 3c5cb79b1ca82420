package vn.qrqg.cli;

import picocli.CommandLine.Command;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Checks the running platform's audit (docs/audit.md).",
        subcommands = {AuditVerifyCommand.class})
final class AuditCommand {
}
