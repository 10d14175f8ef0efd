package eu.vern.guidelines;

import eu.vern.catalog.Catalog;
import eu.vern.catalog.Exposure;
import eu.vern.catalog.Jurisdiction;
import eu.vern.catalog.Service;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/** Fills a rule's reason template from the service, in each of the three languages. */
final class Reasons {

  private final Catalog catalog;

  Reasons(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The reason with placeholders filled; {@code laws} are the rule's subject (the laws the reason
   * speaks of), as the CEL maps of the rule model.
   */
  LocalizedText fill(LocalizedText template, Service service, Audience audience,
      DataCategory category, List<Map<String, Object>> laws) {
    return new LocalizedText(
        fill(template.sv(), "sv", service, audience, category, laws),
        fill(template.nb(), "nb", service, audience, category, laws),
        fill(template.en(), "en", service, audience, category, laws));
  }

  /** A template split once into literal text and placeholders. */
  private sealed interface Part permits Text, Slot {}

  private record Text(String text) implements Part {}

  /**
   * A placeholder, and whether it starts a sentence (then its value is capitalised, unless it is a
   * proper name).
   */
  private record Slot(String name, boolean sentenceStart) implements Part {}

  /**
   * Names written as their owners write them, also at the start of a sentence: "mailbox.org",
   * not "Mailbox.org".
   */
  private static final Set<String> PROPER_NAMES =
      Set.of("service.name", "vendor.name", "owner.name", "law.name", "alternatives");

  private final Map<String, List<Part>> parsed = new java.util.concurrent.ConcurrentHashMap<>();

  private List<Part> parse(String template) {
    return parsed.computeIfAbsent(template, t -> {
      List<Part> parts = new ArrayList<>();
      Matcher m = Placeholders.PATTERN.matcher(t);
      int last = 0;
      while (m.find()) {
        if (m.start() > last) {
          parts.add(new Text(t.substring(last, m.start())));
        }
        String before = t.substring(0, m.start()).stripTrailing();
        boolean start = before.isEmpty() || before.endsWith(".") || before.endsWith(":");
        parts.add(new Slot(m.group(1), start));
        last = m.end();
      }
      if (last < t.length()) {
        parts.add(new Text(t.substring(last)));
      }
      return List.copyOf(parts);
    });
  }

  private String fill(String template, String lang, Service service, Audience audience,
      DataCategory category, List<Map<String, Object>> laws) {
    Exposure exposure = catalog.exposure(service);
    StringBuilder out = new StringBuilder(template.length() + 64);
    for (Part part : parse(template)) {
      switch (part) {
        case Text(String text) -> out.append(text);
        case Slot(String name, boolean sentenceStart) -> {
          String value = value(name, lang, service, audience, category, laws, exposure);
          out.append(sentenceStart && !PROPER_NAMES.contains(name) ? capitalised(value) : value);
        }
      }
    }
    return out.toString();
  }

  private String value(String name, String lang, Service service, Audience audience,
      DataCategory category, List<Map<String, Object>> laws, Exposure exposure) {
    return switch (name) {
      case "service.name" -> service.name();
      case "service.id" -> service.id();
      case "service.kind" -> service.kind().code();
      case "vendor.name" -> exposure.ownershipChain().isEmpty()
          ? service.vendor() : exposure.ownershipChain().get(0).name();
      case "owner.name" -> exposure.ownershipChain().isEmpty()
          ? service.vendor() : exposure.ownershipChain().get(exposure.ownershipChain().size() - 1).name();
      case "control" -> countries(exposure.controlJurisdictions(), lang);
      case "data" -> countries(exposure.dataJurisdictions(), lang);
      case "law.name" -> join(laws.stream().map(l -> (String) l.get("name")).distinct().toList(), lang);
      case "law.jurisdiction" -> countries(
          laws.stream().map(l -> (String) l.get("jurisdiction")).distinct().toList(), lang);
      case "audience.name" -> lowerFirst(audience.name().in(lang));
      case "minimumAge" -> service.minors().minimumAge().isKnown()
          ? String.valueOf(service.minors().minimumAge().orElse(0)) : unknown(lang);
      case "alternatives" -> join(service.alternatives().stream()
          .map(id -> catalog.service(id).map(Service::name).orElse(id)).toList(), lang);
      case "dataCategory" -> DataCategoryNames.of(category).in(lang);
      default -> "{" + name + "}";
    };
  }

  private static String capitalised(String value) {
    return value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1);
  }

  String countries(List<String> codes, String lang) {
    Set<String> names = new LinkedHashSet<>();
    for (String code : codes) {
      names.add(catalog.jurisdiction(code).map(Jurisdiction::name).map(n -> n.in(lang)).orElse(code));
    }
    return join(new ArrayList<>(names), lang);
  }

  private static String lowerFirst(String name) {
    // "Elever i högstadiet" reads "elever i högstadiet" inside a sentence; acronyms stay as they are.
    if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && !Character.isUpperCase(name.charAt(1))) {
      return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
    return name;
  }

  static String join(List<String> items, String lang) {
    if (items.isEmpty()) {
      return unknown(lang);
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    String and = switch (lang) {
      case "sv" -> " och ";
      case "nb" -> " og ";
      default -> " and ";
    };
    return String.join(", ", items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
  }

  private static String unknown(String lang) {
    return switch (lang) {
      case "sv" -> "okänt";
      case "nb" -> "ukjent";
      default -> "unknown";
    };
  }
}
