package eu.vern.enforce;

import eu.vern.guidelines.Audience;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A blocklist as name rules: the blocked names to write (a name below another blocked name is
 * already covered and left out, unless an allowed name lies between them), and the allowed names
 * that must pass because a name above them is blocked. The nearest listed name above a host
 * decides, the way DNS response policy, Unbound local zones, Chrome's URL filters and dnsmasq all
 * match.
 */
final class Resolved {

  /** One service's names as they appear in an export. */
  record Group(Blocklist.Entry entry, List<String> names) {}

  final List<Group> blocked;
  final List<Group> passes;

  private Resolved(List<Group> blocked, List<Group> passes) {
    this.blocked = blocked;
    this.passes = passes;
  }

  static Resolved of(Blocklist list) {
    Map<String, Boolean> decided = new HashMap<>();
    for (Blocklist.Entry e : list.blocked()) {
      for (String d : e.domains()) {
        decided.put(d, Boolean.TRUE);
      }
    }
    for (Blocklist.Entry e : list.allowed()) {
      for (String d : e.domains()) {
        decided.putIfAbsent(d, Boolean.FALSE);
      }
    }
    int fewest = Integer.MAX_VALUE;
    for (String d : decided.keySet()) {
      fewest = Math.min(fewest, labels(d));
    }
    List<Group> blocked = new ArrayList<>();
    for (Blocklist.Entry e : list.blocked()) {
      List<String> names = new ArrayList<>(e.domains().size());
      for (String d : e.domains()) {
        if (!Boolean.TRUE.equals(above(d, decided, fewest))) {
          names.add(d);
        }
      }
      if (!names.isEmpty()) {
        blocked.add(new Group(e, names));
      }
    }
    List<Group> passes = new ArrayList<>();
    for (Blocklist.Entry e : list.allowed()) {
      List<String> names = new ArrayList<>();
      for (String d : e.domains()) {
        if (Boolean.FALSE.equals(decided.get(d)) && Boolean.TRUE.equals(above(d, decided, fewest))) {
          names.add(d);
        }
      }
      if (!names.isEmpty()) {
        passes.add(new Group(e, names));
      }
    }
    return new Resolved(blocked, passes);
  }

  int blockedNameCount() {
    int n = 0;
    for (Group g : blocked) {
      n += g.names().size();
    }
    return n;
  }

  /**
   * The decision of the nearest listed name strictly above {@code name}; parents with fewer labels
   * than the shortest listed name cannot be listed, so they are not looked up.
   */
  private static @Nullable Boolean above(String name, Map<String, Boolean> decided, int fewest) {
    int remaining = labels(name);
    int from = 0;
    while (--remaining >= fewest) {
      from = name.indexOf('.', from) + 1;
      Boolean b = decided.get(name.substring(from));
      if (b != null) {
        return b;
      }
    }
    return null;
  }

  private static int labels(String name) {
    int n = 1;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) == '.') {
        n++;
      }
    }
    return n;
  }

  /** For formats that hold several audiences: each name with the audiences that block or pass it. */
  static final class ByName {
    final Map<String, Use> uses = new LinkedHashMap<>();

    /** The audiences that block a name and those that let it pass; the first entry blocking it. */
    static final class Use {
      final List<Audience> block = new ArrayList<>();
      final List<Audience> pass = new ArrayList<>();
      final Blocklist.Entry entry;

      Use(Blocklist.Entry entry) {
        this.entry = entry;
      }
    }

    static ByName of(List<Blocklist> lists) {
      ByName by = new ByName();
      for (Blocklist list : lists) {
        Resolved r = Resolved.of(list);
        for (Group g : r.blocked) {
          for (String n : g.names()) {
            by.uses.computeIfAbsent(n, k -> new Use(g.entry())).block.add(list.audience());
          }
        }
        for (Group g : r.passes) {
          for (String n : g.names()) {
            by.uses.computeIfAbsent(n, k -> new Use(g.entry())).pass.add(list.audience());
          }
        }
      }
      return by;
    }
  }
}
