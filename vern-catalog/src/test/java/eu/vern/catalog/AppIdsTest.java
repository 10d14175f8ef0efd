package eu.vern.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppIdsTest {

  @Test
  void aBundleIdWithoutDotsIsAcceptedBecauseRealAppsHaveThem() {
    // Pinterest's iOS app is "pinterest"; Apple allows letters, digits, hyphens and dots.
    assertThat(AppIds.problem("iosBundleIds", "pinterest")).isNull();
    assertThat(AppIds.problem("iosBundleIds", "com.zhiliaoapp.musically")).isNull();
  }

  @Test
  void aBundleIdWithASpaceOrAnEmptySegmentIsRefused() {
    assertThat(AppIds.problem("iosBundleIds", "com.city chat")).contains("is not a bundle identifier");
    assertThat(AppIds.problem("macosBundleIds", "com..chat")).contains("is not a bundle identifier");
  }

  @Test
  void anAndroidPackageNeedsTwoSegmentsThatStartWithALetter() {
    assertThat(AppIds.problem("android", "com.deepseek.chat")).isNull();
    assertThat(AppIds.problem("android", "deepseek")).contains("is not an Android package name");
    assertThat(AppIds.problem("android", "com.1deepseek")).contains("is not an Android package name");
  }
}
