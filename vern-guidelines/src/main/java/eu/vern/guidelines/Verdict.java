package eu.vern.guidelines;

import eu.vern.catalog.Coded;

/**
 * What an organisation decides about a service, from least to most severe. When several rules
 * match, the most severe verdict wins.
 */
public enum Verdict implements Coded {
  /** Use it. */
  ALLOW,
  /** Use it, following the instructions the guideline gives. */
  GUIDANCE,
  /** A person must decide before it is used. */
  REVIEW,
  /** Do not use it; enforcement points block it. */
  BLOCK;

  @Override
  public String code() {
    return Coded.kebab(this);
  }

  /** Whether this verdict is at least as severe as {@code other}. */
  public boolean atLeast(Verdict other) {
    return compareTo(other) >= 0;
  }
}
