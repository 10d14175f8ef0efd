package eu.vern.cli.catalog;

import java.util.List;

/** How a list of jurisdictions reads in a table: codes, with '?' when the list is incomplete. */
final class Jurisdictions {

  private Jurisdictions() {}

  static String describe(List<String> codes, boolean known) {
    String list = String.join(" ", codes);
    if (known) {
      return list.isEmpty() ? "-" : list;
    }
    return list.isEmpty() ? "?" : list + " ?";
  }
}
