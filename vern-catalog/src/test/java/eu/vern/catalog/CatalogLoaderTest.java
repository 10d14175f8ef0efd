package eu.vern.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogLoaderTest {

  @Nested
  class AValidCatalog {

    @Test
    void loadsEveryEntryWithItsFacts() throws CatalogException {
      Catalog catalog = Fixtures.base();

      assertThat(catalog.services()).extracting(Service::id)
          .containsExactly("dragon-chat", "dragon-cloud", "mystery-mail", "nordic-chat");
      Service chat = catalog.service("dragon-chat").orElseThrow();
      assertThat(chat.kind()).isEqualTo(ServiceKind.AI_ASSISTANT);
      assertThat(chat.storage()).isEqualTo(Fact.known(List.of("CN")));
      assertThat(chat.ai()).extracting(AiProperties::trainsOnInput).isEqualTo(TrainsOnInput.YES);
      assertThat(chat.minors().minimumAge()).isEqualTo(Fact.known(18));
      assertThat(chat.minors().parentalConsentBelow()).isEqualTo(Fact.known(0));
      assertThat(chat.sourcesFor("storage")).singleElement()
          .extracting(s -> s.url().toString()).isEqualTo("https://example.org/s/dragon");
    }

    @Test
    void readsAppIdsWithTheWindowsPackageNameAndPublisher() throws CatalogException {
      AppIds apps = Fixtures.base().service("dragon-chat").orElseThrow().apps();

      assertThat(apps.android()).containsExactly("test.dragon.chat");
      assertThat(apps.iosBundleIds()).containsExactly("test.dragon.chat.ios");
      assertThat(apps.windowsPackages()).singleElement().satisfies(w -> {
        assertThat(w.name()).isEqualTo("DragonChat.Desktop");
        assertThat(w.publisher()).isEqualTo("CN=Dragon Chat Ltd, C=CN");
      });
    }

    @Test
    void treatsOmittedFactsAsUnknown() throws CatalogException {
      Service mail = Fixtures.base().service("mystery-mail").orElseThrow();

      assertThat(mail.storage().isKnown()).isFalse();
      assertThat(mail.endToEndEncryption()).isEqualTo(Encryption.UNKNOWN);
      assertThat(mail.minors()).isEqualTo(Minors.UNKNOWN);
      assertThat(mail.ai()).isNull();
    }

    @Test
    void readsTheReleaseInfo() throws CatalogException {
      assertThat(Fixtures.base().release().version()).isEqualTo("1.0.0");
    }
  }

  @Nested
  class BuiltInCode {

    @Test
    void twoEntriesWithTheSameIdAreAProblemNotASilentReplacement() throws CatalogException {
      Catalog base = Fixtures.base();
      Service chat = base.service("nordic-chat").orElseThrow();
      assertThatThrownBy(() -> Catalog.of(base.release(), List.of(chat, chat), base.vendors(),
              base.jurisdictions(), base.laws()))
          .isInstanceOf(CatalogException.class)
          .hasMessageContaining("services/nordic-chat: id: two entries have this id");
    }
  }

  @Nested
  class Overlays {

    @Test
    void addAServiceWithANewIdAndReplaceOneWithTheSameId() throws CatalogException {
      Catalog catalog =
          CatalogLoader.load(Fixtures.dir("base"), List.of(Fixtures.dir("overlay-city")));

      assertThat(catalog.service("city-intranet")).isPresent();
      assertThat(catalog.service("mystery-mail").orElseThrow().storage())
          .isEqualTo(Fact.known(List.of("SE")));
    }

    @Test
    void thatDoNotExistAreReported() {
      assertThatThrownBy(
              () -> CatalogLoader.load(Fixtures.dir("base"), List.of(Fixtures.dir("base").resolve("nope"))))
          .isInstanceOf(CatalogException.class)
          .hasMessageContaining("the overlay directory does not exist");
    }
  }

  @Nested
  class BadInput {

    @Test
    void malformedYamlIsReportedWithItsLineAndColumn() {
      Problem p = single("malformed-yaml");
      assertThat(p.file()).endsWith("bad/malformed-yaml/services/broken.yaml");
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.message()).startsWith("malformed YAML");
    }

    @Test
    void anUnknownFieldIsNamedWithTheFieldsThatAreAllowed() {
      Problem p = single("unknown-field");
      assertThat(p.field()).isEqualTo("storge");
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.column()).isEqualTo(1);
      assertThat(p.message()).contains("unknown field").contains("storage");
    }

    @Test
    void aDanglingVendorIsReportedAtTheVendorField() {
      Problem p = single("dangling-vendor");
      assertThat(p.field()).isEqualTo("vendor");
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.message()).contains("no vendor 'no-such-vendor'");
    }

    @Test
    void aDanglingAlternativeIsReported() {
      Problem p = single("dangling-alternative");
      assertThat(p.field()).isEqualTo("alternatives");
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.message()).contains("no service 'no-such-service'");
    }

    @Test
    void aCycleInTheOwnershipChainIsReportedOnce() {
      Problem p = single("ownership-cycle");
      assertThat(p.field()).isEqualTo("parent");
      assertThat(p.message()).contains("cycle").contains("cycle-a").contains("cycle-b");
    }

    @Test
    void aNameClaimedByTwoServicesIsReportedInBothFiles() {
      List<Problem> problems = Fixtures.problemsWith("duplicate-host");
      assertThat(problems).extracting(p -> p.file().replaceAll(".*/", ""), Problem::message)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("copycat.yaml",
                  "'nordic-chat.test' is also claimed by service 'nordic-chat'; a name belongs to one service"),
              org.assertj.core.groups.Tuple.tuple("nordic-chat.yaml",
                  "'nordic-chat.test' is also claimed by service 'copycat'; a name belongs to one service"));
      assertThat(problems).allSatisfy(p -> assertThat(p.field()).isEqualTo("domains"));
    }

    @Test
    void aKnownFactWithoutASourceIsRefused() {
      Problem p = single("fact-without-source");
      assertThat(p.field()).isEqualTo("storage");
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.message()).contains("no source");
    }

    @Test
    void appIdsWithoutASourceAreRefused() {
      Problem p = single("apps-without-source");
      assertThat(p.field()).isEqualTo("apps");
      assertThat(p.message()).contains("no source");
    }

    @Test
    void malformedAppIdsAreReportedAtTheirOwnLineAndLeftOut() {
      List<Problem> problems = Fixtures.problemsWith("malformed-app-ids");
      assertThat(problems).extracting(Problem::field, Problem::line)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("apps.android", 7),
              org.assertj.core.groups.Tuple.tuple("apps.android", 7),
              org.assertj.core.groups.Tuple.tuple("apps.iosAppStoreIds", 9),
              org.assertj.core.groups.Tuple.tuple("apps.iosBundleIds", 8),
              org.assertj.core.groups.Tuple.tuple("apps.windowsPackages.publisher", 12),
              org.assertj.core.groups.Tuple.tuple("apps.windowsPackages.familyName", 13));
      assertThat(problems).extracting(Problem::message)
          .anySatisfy(m -> assertThat(m).contains("'com..example' is not an Android package name"))
          .anySatisfy(m -> assertThat(m).contains("'1com.example' is not an Android package name"))
          .anySatisfy(m -> assertThat(m).contains("has the publisher id cw5n1h2txyewy, not 8wekyb3d8bbwe"))
          .anySatisfy(m -> assertThat(m).contains("'Example.NoId' is not a package family name"));
    }

    @Test
    void malformedDomainNamesAreReportedEachWithTheReason() {
      List<Problem> problems = Fixtures.problemsWith("malformed-domain");
      assertThat(problems).extracting(Problem::message)
          .containsExactly(
              "'bad..name.test' is not a valid domain name: empty label (two dots in a row)",
              "'*.wild.test' is not a valid domain name: wildcards are not allowed; a name already covers all its subdomains");
    }

    @Test
    void aCountryWithoutAJurisdictionIsReported() {
      Problem p = single("unknown-country");
      assertThat(p.field()).isEqualTo("storage");
      assertThat(p.message()).contains("no jurisdiction 'XX'");
    }

    @Test
    void aKindOutsideTheClosedSetListsTheKindsThatExist() {
      Problem p = single("wrong-kind");
      assertThat(p.field()).isEqualTo("kind");
      assertThat(p.message()).contains("'chatbot' is not one of").contains("ai-assistant");
    }

    @Test
    void everyProblemIsFormattedWithTheSourceLineAndACaret() {
      Problem p = single("unknown-field");
      assertThat(p.format().lines().toList())
          .hasSize(3)
          .element(1).asString().contains("storge: [SE]");
      assertThat(p.format().lines().toList().get(2)).isEqualTo("    ^");
    }

    private Problem single(String overlay) {
      List<Problem> problems = Fixtures.problemsWith(overlay);
      assertThat(problems).as(problems.toString()).hasSize(1);
      return problems.get(0);
    }
  }
}
