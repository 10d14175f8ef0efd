package eu.vern.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real {@code vern} command in-process and captures what it prints. */
public record Cli(int exitCode, String out, String err) {

  public static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(code, out.toString(), err.toString());
  }
}
