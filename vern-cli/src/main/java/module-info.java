/** The {@code vern} command: parses arguments and wires the modules together. */
module eu.vern.cli {
  requires static transitive org.jspecify;
  requires eu.vern.catalog;
  requires info.picocli;

  // API: none. The command line is the contract (docs/cli.md); the classes are not.

  // picocli reads the command classes reflectively.
  opens eu.vern.cli to info.picocli;
  opens eu.vern.cli.catalog to info.picocli;
}
