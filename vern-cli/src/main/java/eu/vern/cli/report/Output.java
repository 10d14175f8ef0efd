package eu.vern.cli.report;

import eu.vern.cli.BadInputException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A file a command writes, checked before any work is done and written through a temporary file
 * beside it, so that a reader never sees half a document and a failed run leaves the old file.
 *
 * @param option the option that named it, for messages
 * @param shown the path as the user gave it
 * @param file the absolute, normalised path
 */
record Output(String option, Path shown, Path file) {

  /** Checks that {@code path} can be written, or throws bad input naming the option and path. */
  static Output check(String option, Path path) {
    Path file = path.toAbsolutePath().normalize();
    Path dir = file.getParent();
    if (Files.isDirectory(file)) {
      throw new BadInputException(option + ": '" + path + "' is a directory; give a file name");
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw new BadInputException(option + ": cannot write '" + path + "': the directory '"
          + (dir == null ? path : dir) + "' does not exist");
    }
    if (!Files.isWritable(dir) || (Files.exists(file) && !Files.isWritable(file))) {
      throw new BadInputException(option + ": cannot write '" + path + "': permission denied");
    }
    return new Output(option, path, file);
  }

  /**
   * Writes every output, all or nothing: each goes to a temporary file first, and only when all
   * are written are they moved into place.
   */
  static void writeAll(List<Output> outputs, List<byte[]> contents) {
    List<Path> temporary = new ArrayList<>();
    try {
      for (int i = 0; i < outputs.size(); i++) {
        Output o = outputs.get(i);
        Path tmp;
        try {
          // Not Files.createTempFile: its files are private to the owner, and a board document
          // is meant to be read by others, as the umask decides.
          tmp = o.file().resolveSibling("." + o.file().getFileName() + "."
              + ProcessHandle.current().pid() + "." + i + ".part");
          temporary.add(tmp);
          Files.write(tmp, contents.get(i), StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
          throw new BadInputException(o.option() + ": cannot write '" + o.shown() + "': " + reason(e));
        }
      }
      for (int i = 0; i < outputs.size(); i++) {
        Output o = outputs.get(i);
        try {
          move(temporary.get(i), o.file());
        } catch (IOException e) {
          throw new BadInputException(o.option() + ": cannot write '" + o.shown() + "': " + reason(e));
        }
      }
    } finally {
      for (Path tmp : temporary) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // Nothing more can be done about a temporary file that cannot be removed.
        }
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : " (" + m + ")");
  }
}
