package eu.vern.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExposureTest {

  @Test
  void aServiceOfACaymanHoldingRunFromChinaIsControlledFromChina() throws CatalogException {
    Catalog catalog = Fixtures.base();
    Exposure e = catalog.exposure(catalog.service("dragon-chat").orElseThrow());

    assertThat(e.ownershipChain()).extracting(Vendor::id)
        .containsExactly("dragon-ai", "dragon-holding");
    assertThat(e.controlJurisdictions()).containsExactly("CN", "KY");
    assertThat(e.controlKnown()).isTrue();
  }

  @Test
  void theLawsOfControlAndDataJurisdictionsApplyAndSayHow() throws CatalogException {
    Catalog catalog = Fixtures.base();
    Exposure e = catalog.exposure(catalog.service("dragon-chat").orElseThrow());

    assertThat(e.laws()).singleElement().satisfies(l -> {
      assertThat(l.law().id()).isEqualTo("cn-intelligence");
      assertThat(l.viaControl()).isTrue();
      assertThat(l.viaData()).isTrue();
    });
  }

  @Test
  void aEuropeanServiceHasNoForeignLaws() throws CatalogException {
    Catalog catalog = Fixtures.base();
    Exposure e = catalog.exposure(catalog.service("nordic-chat").orElseThrow());

    assertThat(e.controlJurisdictions()).containsExactly("SE");
    assertThat(e.dataJurisdictions()).containsExactly("SE");
    assertThat(e.laws()).isEmpty();
  }

  @Test
  void anUnknownParentOrCountryMakesControlUnknownButKeepsWhatIsKnown() throws CatalogException {
    Catalog catalog = Fixtures.base();
    Exposure e = catalog.exposure(catalog.service("mystery-mail").orElseThrow());

    assertThat(e.controlKnown()).isFalse();
    assertThat(e.controlJurisdictions()).containsExactly("US");
    assertThat(e.laws()).extracting(l -> l.law().id()).containsExactly("us-fisa");
    assertThat(e.dataKnown()).isFalse();
  }
}
