package eu.vern.enforce.feed;

import eu.vern.enforce.ExportOptions;
import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the feeds serve and how often they look at the disk.
 *
 * @param enforced the verdicts that block ({@code block}, and {@code review} when asked)
 * @param checkEvery how long a look at the watched files stays good; zero looks on every request
 */
public record FeedSettings(DataCategory dataCategory, List<Verdict> enforced, ExportOptions options,
    Clock clock, Duration checkEvery) {

  public FeedSettings {
    Objects.requireNonNull(dataCategory, "dataCategory");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(clock, "clock");
    enforced = List.copyOf(enforced);
    if (checkEvery.isNegative()) {
      throw new IllegalArgumentException("checkEvery cannot be negative: " + checkEvery);
    }
  }

  /** Personal data, block verdicts, default export options, the system clock, a look every 2 s. */
  public static FeedSettings defaults() {
    return new FeedSettings(DataCategory.PERSONAL, List.of(Verdict.BLOCK), ExportOptions.defaults(),
        Clock.systemUTC(), Duration.ofSeconds(2));
  }
}
