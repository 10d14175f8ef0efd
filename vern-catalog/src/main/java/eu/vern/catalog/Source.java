package eu.vern.catalog;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where a fact comes from: the page, the day it was checked against that page, and a short note in
 * our own words. {@code about} names the facts it supports, e.g. {@code storage} or {@code
 * ai.trainsOnInput}.
 */
public record Source(List<String> about, URI url, LocalDate checked, String note) {
  public Source {
    about = List.copyOf(about);
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(checked, "checked");
    Objects.requireNonNull(note, "note");
  }

  /** Whether this source supports the fact at {@code path}. */
  public boolean supports(String path) {
    return about.contains(path);
  }
}
