package org.coachlogic.examples.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} for a subcommand, declared once; the root command has picocli's standard options. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;
}
