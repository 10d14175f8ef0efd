package eu.vern.cli.catalog;

import eu.vern.catalog.Coded;
import eu.vern.catalog.ServiceKind;
import eu.vern.cli.BadInputException;

/** Reads a service kind given on the command line. */
final class Kinds {

  private Kinds() {}

  static ServiceKind parse(String text) {
    ServiceKind kind = Coded.parse(ServiceKind.class, text);
    if (kind == null) {
      throw new BadInputException(
          "--kind: '" + text + "' is not a kind; expected one of: " + Coded.codes(ServiceKind.class));
    }
    return kind;
  }
}
