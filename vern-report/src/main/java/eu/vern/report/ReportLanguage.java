package eu.vern.report;

import java.util.Locale;
import java.util.Optional;

/** The languages a board document is written in. */
public enum ReportLanguage {
  /** Swedish. */
  SV("sv"),
  /** Norwegian Bokmål. */
  NB("nb"),
  /** English. */
  EN("en");

  private final String code;

  ReportLanguage(String code) {
    this.code = code;
  }

  /** The BCP 47 tag, as written in {@code lang} attributes and on the command line. */
  public String code() {
    return code;
  }

  /** The language written {@code code} ({@code sv}, {@code nb}, {@code en}), if it is one of them. */
  public static Optional<ReportLanguage> parse(String code) {
    for (ReportLanguage l : values()) {
      if (l.code.equals(code)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  Locale locale() {
    return Locale.of(code);
  }
}
