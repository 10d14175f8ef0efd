package eu.vern.enforce.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of the watched files' paths, sizes and modification times: it changes when any of
 * them is edited, added or removed, without reading their contents.
 */
final class Fingerprint {

  private Fingerprint() {}

  static String of(List<Path> watched, String extra) {
    MessageDigest digest = sha256();
    for (Path root : watched) {
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        files.add(root);
      }
      for (Path f : files) {
        digest.update(f.toString().getBytes(StandardCharsets.UTF_8));
        try {
          BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
          digest.update((":" + a.size() + ":" + a.lastModifiedTime().toInstant() + "\n")
              .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          digest.update(":missing\n".getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    digest.update(extra.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest(), 0, 10);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
