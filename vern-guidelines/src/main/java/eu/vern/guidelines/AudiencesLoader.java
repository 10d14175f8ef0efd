package eu.vern.guidelines;

import eu.vern.catalog.Coded;
import eu.vern.catalog.yaml.MapReader;
import eu.vern.catalog.yaml.Problems;
import eu.vern.catalog.yaml.YamlDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an organisation's audiences file (docs/audiences.md) and refuses what would make
 * enforcement ambiguous: an audience no network or group maps to, a subnet mapped to two
 * audiences, an inverted age range, a duplicated id.
 */
public final class AudiencesLoader {

  private static final Set<String> TOP = Set.of("audiences");
  private static final Set<String> FIELDS =
      new LinkedHashSet<>(List.of("id", "name", "ages", "dataCategories", "networks", "proxySources",
          "browserGroups", "deviceGroups"));

  private AudiencesLoader() {}

  /** Loads {@code file}, reporting every problem at once. */
  public static Audiences load(Path file) throws GuidelineException {
    Problems problems = new Problems();
    YamlDocument doc = YamlDocument.read(file, YamlDocument.display(file), problems);
    MapReader root = MapReader.root(doc, TOP, new HashMap<>());
    List<Audience> audiences = new ArrayList<>();
    List<NetworkClaim> claims = new ArrayList<>();
    if (root != null) {
      List<MapReader> entries = root.maps("audiences", FIELDS);
      if (entries.isEmpty() && problems.isEmpty()) {
        root.problem("audiences", "declare at least one audience");
      }
      Set<String> ids = new java.util.HashSet<>();
      for (MapReader r : entries) {
        String id = r.text("id");
        if (!id.isEmpty() && !ids.add(id)) {
          r.problem("id", "the audience '" + id + "' is declared twice");
        }
        LocalizedText name = Texts.read(r, "name", id);
        AgeRange ages = AgeRange.ADULTS;
        MapReader agesReader = r.map("ages", new LinkedHashSet<>(List.of("from", "to")));
        if (agesReader != null) {
          int from = Texts.integer(agesReader, "from", 0);
          int to = agesReader.has("to") ? Texts.integer(agesReader, "to", from) : 120;
          if (from > to) {
            agesReader.problem("to", "the age range is inverted: " + from + " to " + to);
          } else if (from < 0 || to > 120) {
            agesReader.problem("from", "ages must lie between 0 and 120");
          } else {
            ages = new AgeRange(from, to);
          }
        }
        List<DataCategory> categories = new ArrayList<>();
        for (String c : r.texts("dataCategories")) {
          DataCategory category = Coded.parse(DataCategory.class, c);
          if (category == null) {
            r.problem("dataCategories",
                "'" + c + "' is not a data category; expected one of: " + Coded.codes(DataCategory.class));
          } else {
            categories.add(category);
          }
        }
        if (categories.isEmpty() && !r.has("dataCategories")) {
          r.problem("id", "name the data categories the audience's members handle (dataCategories)");
        }
        List<Cidr> networks = cidrs(r, "networks");
        for (Cidr c : networks) {
          claims.add(new NetworkClaim(c, id, r));
        }
        Recognition recognition = new Recognition(
            networks, cidrs(r, "proxySources"), r.texts("browserGroups"), r.texts("deviceGroups"));
        if (recognition.isEmpty()) {
          r.problem("id", "no network or group maps to the audience '" + id
              + "'; give networks, proxySources, browserGroups or deviceGroups");
        }
        audiences.add(new Audience(id, name, ages, categories, recognition));
      }
    }
    checkOverlaps(claims);
    if (!problems.isEmpty()) {
      throw new GuidelineException(problems.list());
    }
    return new Audiences(audiences);
  }

  /** A network an audience claims, with the reader to report against. */
  private record NetworkClaim(Cidr cidr, String audience, MapReader reader) {}

  private static void checkOverlaps(List<NetworkClaim> claims) {
    for (int i = 0; i < claims.size(); i++) {
      for (int j = 0; j < i; j++) {
        NetworkClaim a = claims.get(i);
        NetworkClaim b = claims.get(j);
        if (!a.audience().equals(b.audience()) && a.cidr().overlaps(b.cidr())) {
          a.reader().problem("networks", a.cidr() + " overlaps " + b.cidr() + " of the audience '"
              + b.audience() + "'; a client must belong to one audience");
        }
      }
    }
  }

  private static List<Cidr> cidrs(MapReader r, String key) {
    List<Cidr> out = new ArrayList<>();
    for (String text : r.texts(key)) {
      Cidr.parse(text).ifPresentOrElse(out::add,
          () -> r.problem(key, "'" + text + "' is not an IPv4 or IPv6 network (e.g. 10.20.0.0/16)"));
    }
    return out;
  }
}
