package eu.vern.cli.enforce;

import eu.vern.cli.BadInputException;
import eu.vern.cli.GuidelineOptions;
import eu.vern.enforce.ExportOptions;
import eu.vern.enforce.Exports;
import eu.vern.enforce.Format;
import eu.vern.enforce.Policy;
import eu.vern.guidelines.Assessor;
import eu.vern.guidelines.Audience;
import eu.vern.guidelines.DataCategory;
import eu.vern.guidelines.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vern export FORMAT}: the guideline's verdicts as the configuration of an enforcement
 * point, written whole or not at all (to a temporary file moved into place).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
        "Write the verdicts as the configuration of an enforcement point (docs/enforcement.md).",
        "Formats: rpz, unbound, bind, dnsmasq, hosts, adblock, squid, squid-acl, pac, chrome, firefox, mobileconfig, json;",
        "apps on managed devices: apple-apps, android-apps, intune-ios, intune-android, applocker."})
public final class ExportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FORMAT", description = "The format to write.")
  String format = "";

  @Mixin GuidelineOptions options = new GuidelineOptions();

  @Mixin EnforceOptions enforce = new EnforceOptions();

  @Option(names = "--audience", paramLabel = "ID",
      description = "The audience to export for, or 'all': one file for formats that tell clients apart "
          + "(unbound, bind, squid, adblock, json), one file per device group for browser, device and app "
          + "formats (with -o DIR). Default: the first audience declared.")
  @Nullable String audience;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (a directory for --audience all with browser, device and app formats) instead of standard output.")
  @Nullable Path output;

  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public Integer call() {
    Format chosen = EnforceOptions.format(format);
    List<Verdict> enforced = enforce.enforced();
    DataCategory category = enforce.category();
    ExportOptions exportOptions = enforce.exportOptions();
    boolean all = "all".equals(audience);
    boolean perGroup = all && chosen.scope() == Format.Scope.DEVICE_GROUPS;
    if (all && chosen.scope() == Format.Scope.ONE_AUDIENCE) {
      throw new BadInputException(chosen.code() + " holds one audience per file: export it once per audience "
          + "with --audience ID, or use unbound, bind, squid or adblock, which tell audiences apart by client address");
    }
    if (perGroup && output == null) {
      throw new BadInputException("--audience all with " + chosen.code()
          + " writes one file per device group: give the directory with -o DIR");
    }
    Path target = output;
    if (target != null) {
      checkWritable(target, perGroup);
    }
    Assessor assessor = options.assessor();
    List<Audience> audiences = all ? assessor.audiences().all()
        : List.of(audience == null ? assessor.audiences().defaultAudience()
            : GuidelineOptions.audience(assessor.audiences(), audience));
    LocalDate asOf = LocalDate.now(options.clock());
    Instant generated = Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS);

    Map<Path, Policy> files = new LinkedHashMap<>();
    if (perGroup && target != null) {
      for (Audience a : audiences) {
        Policy policy = Policy.assess(assessor, List.of(a), category, enforced, asOf, generated);
        List<String> groups = chosen.groups(a).isEmpty() ? List.of(a.id()) : chosen.groups(a);
        for (String group : groups) {
          files.put(target.resolve(slug(group) + "." + chosen.fileName().replaceFirst("^vern\\.", "")), policy);
        }
      }
    } else {
      Policy policy = Policy.assess(assessor, audiences, category, enforced, asOf, generated);
      if (target == null) {
        PrintWriter out = spec.commandLine().getOut();
        write(chosen, policy, exportOptions, out);
        out.flush();
        return 0;
      }
      files.put(target, policy);
    }
    writeAll(chosen, files, exportOptions);
    if (perGroup) {
      PrintWriter out = spec.commandLine().getOut();
      files.keySet().forEach(f -> out.println("wrote " + f));
    }
    return 0;
  }

  private static void write(Format format, Policy policy, ExportOptions options, Writer out) {
    try {
      Exports.write(format, policy, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("nothing was written: " + e.getMessage());
    }
  }

  /** Writes every file to a temporary file beside it, then moves them all into place. */
  private static void writeAll(Format format, Map<Path, Policy> files, ExportOptions options) {
    List<Path[]> moves = new ArrayList<>();
    try {
      for (Map.Entry<Path, Policy> f : files.entrySet()) {
        Path file = f.getKey().toAbsolutePath();
        Path parent = file.getParent();
        Path temp = Files.createTempFile(parent, "." + file.getFileName() + ".", ".tmp");
        moves.add(new Path[] {temp, file});
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
          write(format, f.getValue(), options, out);
        }
      }
      for (Path[] m : moves) {
        try {
          Files.move(m[0], m[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(m[0], m[1], StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new BadInputException("-o: cannot write " + e.getMessage() + "; nothing was written");
    } finally {
      for (Path[] m : moves) {
        try {
          Files.deleteIfExists(m[0]);
        } catch (IOException e) {
          // a leftover temporary file is harmless; the target is whole or untouched
        }
      }
    }
  }

  private static void checkWritable(Path target, boolean directory) {
    Path absolute = target.toAbsolutePath();
    if (directory) {
      try {
        Files.createDirectories(absolute);
      } catch (IOException e) {
        throw new BadInputException("-o: cannot create the directory '" + target + "': " + e.getMessage());
      }
      if (!Files.isWritable(absolute)) {
        throw new BadInputException("-o: the directory '" + target + "' is not writable");
      }
      return;
    }
    if (Files.isDirectory(absolute)) {
      throw new BadInputException("-o: '" + target + "' is a directory; name the file to write");
    }
    Path parent = absolute.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new BadInputException("-o: the directory of '" + target + "' does not exist");
    }
    if (!Files.isWritable(parent) || (Files.exists(absolute) && !Files.isWritable(absolute))) {
      throw new BadInputException("-o: '" + target + "' is not writable");
    }
  }

  /** A device group as a file name: {@code OU=Pupils-Primary} becomes {@code ou-pupils-primary}. */
  static String slug(String group) {
    String s = group.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
    return s.isEmpty() ? "group" : s;
  }
}
