package eu.vern.guidelines;

import dev.cel.runtime.CelRuntime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A rule with its condition (and subject) compiled once — for the CEL interpreter and, where the
 * expression allows, as {@link FastRule} closures — and the model fields it reads, so that an
 * explanation can show exactly the facts that decided it.
 */
record CompiledRule(
    Rule rule,
    CelRuntime.Program when,
    CelRuntime.@Nullable Program subject,
    @Nullable FastRule fastWhen,
    @Nullable FastRule fastSubject,
    Set<String> reads) {

  CompiledRule {
    reads = Set.copyOf(reads);
  }
}
