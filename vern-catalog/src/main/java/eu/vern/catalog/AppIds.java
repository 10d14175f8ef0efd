package eu.vern.catalog;

import java.util.List;

/** The identifiers of a service's apps in the stores and on managed devices. */
public record AppIds(
    List<String> android,
    List<String> iosAppStoreIds,
    List<String> iosBundleIds,
    List<String> macosBundleIds,
    List<String> windowsPackageFamilyNames) {

  public static final AppIds NONE = new AppIds(List.of(), List.of(), List.of(), List.of(), List.of());

  public AppIds {
    android = List.copyOf(android);
    iosAppStoreIds = List.copyOf(iosAppStoreIds);
    iosBundleIds = List.copyOf(iosBundleIds);
    macosBundleIds = List.copyOf(macosBundleIds);
    windowsPackageFamilyNames = List.copyOf(windowsPackageFamilyNames);
  }

  public boolean isEmpty() {
    return android.isEmpty()
        && iosAppStoreIds.isEmpty()
        && iosBundleIds.isEmpty()
        && macosBundleIds.isEmpty()
        && windowsPackageFamilyNames.isEmpty();
  }
}
