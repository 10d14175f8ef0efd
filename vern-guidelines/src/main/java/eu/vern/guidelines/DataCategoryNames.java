package eu.vern.guidelines;

/** How each data category reads in a sentence, in the three languages. */
final class DataCategoryNames {

  private DataCategoryNames() {}

  static LocalizedText of(DataCategory category) {
    return switch (category) {
      case PUBLIC -> new LocalizedText("offentlig information", "offentlig informasjon", "public information");
      case PERSONAL -> new LocalizedText("personuppgifter", "personopplysninger", "personal data");
      case SENSITIVE -> new LocalizedText(
          "känsliga personuppgifter", "sensitive personopplysninger", "sensitive personal data");
      case SECRET -> new LocalizedText(
          "sekretessbelagda uppgifter", "taushetsbelagte opplysninger", "information under secrecy law");
    };
  }
}
