package eu.vern.catalog;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The identifiers of a service's apps in the stores and on managed devices: what an MDM blocks an
 * app by. Every identifier is checked for its form when read; whether it belongs to the vendor is a
 * sourced fact like any other.
 *
 * @param android Android package names, as Google Play and Android Enterprise name apps
 * @param iosAppStoreIds numeric App Store ids, as in the listing's address
 * @param iosBundleIds iOS and iPadOS bundle identifiers, which configuration profiles block by
 * @param macosBundleIds macOS bundle identifiers
 * @param windowsPackages Windows packaged apps (Microsoft Store)
 */
public record AppIds(
    List<String> android,
    List<String> iosAppStoreIds,
    List<String> iosBundleIds,
    List<String> macosBundleIds,
    List<WindowsPackage> windowsPackages) {

  public static final AppIds NONE = new AppIds(List.of(), List.of(), List.of(), List.of(), List.of());

  // Android: at least two segments, each a letter followed by letters, digits or underscores.
  private static final Pattern ANDROID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+");
  // Apple: letters, digits, hyphens and dots (CFBundleIdentifier); reverse-DNS by convention, and
  // a few real apps (Pinterest: "pinterest") have no dot at all.
  private static final Pattern BUNDLE = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*");
  private static final Pattern APP_STORE_ID = Pattern.compile("[1-9][0-9]{5,11}");

  public AppIds {
    android = checked(android, "android");
    iosAppStoreIds = checked(iosAppStoreIds, "iosAppStoreIds");
    iosBundleIds = checked(iosBundleIds, "iosBundleIds");
    macosBundleIds = checked(macosBundleIds, "macosBundleIds");
    windowsPackages = List.copyOf(windowsPackages);
  }

  public boolean isEmpty() {
    return android.isEmpty()
        && iosAppStoreIds.isEmpty()
        && iosBundleIds.isEmpty()
        && macosBundleIds.isEmpty()
        && windowsPackages.isEmpty();
  }

  /** What is wrong with {@code id} as an entry of the list {@code field}, or null when it is fine. */
  static @Nullable String problem(String field, String id) {
    return switch (field) {
      case "android" -> ANDROID.matcher(id).matches() ? null
          : "'" + id + "' is not an Android package name: expected segments of letters, digits and"
              + " underscores, each starting with a letter, joined by dots, e.g. com.example.app";
      case "iosBundleIds", "macosBundleIds" -> BUNDLE.matcher(id).matches() ? null
          : "'" + id + "' is not a bundle identifier: expected letters, digits and hyphens joined by"
              + " dots, e.g. com.example.app";
      case "iosAppStoreIds" -> APP_STORE_ID.matcher(id).matches() ? null
          : "'" + id + "' is not an App Store id: expected the number from the listing's address,"
              + " e.g. \"6737597349\" from apps.apple.com/app/id6737597349";
      default -> throw new IllegalArgumentException("no app id field " + field);
    };
  }

  private static List<String> checked(List<String> ids, String field) {
    for (String id : ids) {
      String problem = problem(field, id);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
    }
    return List.copyOf(ids);
  }
}
