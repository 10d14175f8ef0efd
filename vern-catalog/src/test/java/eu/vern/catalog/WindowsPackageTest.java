package eu.vern.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WindowsPackageTest {

  // Publisher ids Windows shows in the family names of Microsoft's own packages, e.g.
  // Microsoft.WindowsCalculator_8wekyb3d8bbwe and Microsoft.Windows.Photos_8wekyb3d8bbwe.
  @Test
  void thePublisherIdIsDerivedTheWayWindowsDerivesIt() {
    assertThat(WindowsPackage.publisherId(
        "CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"))
        .isEqualTo("8wekyb3d8bbwe");
    assertThat(WindowsPackage.publisherId(
        "CN=Microsoft Windows, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"))
        .isEqualTo("cw5n1h2txyewy");
  }

  @Test
  void thePackageNameIsTheFamilyNameBeforeThePublisherId() {
    assertThat(new WindowsPackage("Microsoft.WindowsCalculator_8wekyb3d8bbwe", null).name())
        .isEqualTo("Microsoft.WindowsCalculator");
  }

  @Test
  void aPublisherThatDoesNotHashToTheFamilyNamesIdIsRefused() {
    assertThatThrownBy(() -> new WindowsPackage("Microsoft.WindowsCalculator_8wekyb3d8bbwe",
        "CN=Someone Else, C=SE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not 8wekyb3d8bbwe");
  }

  @Test
  void aFamilyNameWithoutAPublisherIdIsRefused() {
    assertThatThrownBy(() -> new WindowsPackage("TikTok", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a package family name");
  }
}
