package eu.vern.cli.catalog;

import picocli.CommandLine.Command;

/** {@code vern catalog}: the open knowledge base of digital services. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = "List, show and check the catalog of digital services.",
    subcommands = {ListCommand.class, ShowCommand.class, LintCommand.class})
public final class CatalogCommand {}
