package eu.vern.guidelines;

import eu.vern.catalog.Service;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on one service for one audience and data category, with every rule that matched,
 * the one that decided, the reasons, and the exception that set the verdict if one did.
 *
 * @param matched every rule whose condition held, in guideline order
 * @param deciding the rule that decided the verdict (the first of the most severe that matched),
 *     or null when the default verdict or an exception decided
 * @param reasons the reasons of the matched rules, most severe first
 * @param exemption the exception in force that set the verdict, or null
 * @param expired exceptions for this service and audience that have expired
 * @param ruleVerdict the verdict the rules alone give (equal to {@code verdict} unless an exception
 *     applies)
 */
public record Assessment(
    Service service,
    Audience audience,
    DataCategory dataCategory,
    Verdict verdict,
    Verdict ruleVerdict,
    List<Rule> matched,
    @Nullable Rule deciding,
    List<LocalizedText> reasons,
    @Nullable Exemption exemption,
    List<Exemption> expired) {

  public Assessment {
    matched = List.copyOf(matched);
    reasons = List.copyOf(reasons);
    expired = List.copyOf(expired);
  }
}
