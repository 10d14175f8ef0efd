package eu.vern.discovery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The secret key of the keyed hash (SipHash-2-4) that replaces every client identifier at parse
 * time. A random key per run makes pseudonyms unlinkable between runs; a key file makes them
 * comparable between runs, and whoever holds the file can test a guessed address against them,
 * so keep it as secret as the logs.
 */
public final class ClientKey {

  final long k0;
  final long k1;

  private ClientKey(long k0, long k1) {
    this.k0 = k0;
    this.k1 = k1;
  }

  /** A fresh random key, never stored. */
  public static ClientKey random() {
    SecureRandom random = new SecureRandom();
    return new ClientKey(random.nextLong(), random.nextLong());
  }

  /**
   * A key derived (SHA-256) from a file of at least 16 bytes, e.g. made with {@code head -c 32
   * /dev/urandom > key}.
   *
   * @throws IllegalArgumentException when the file is shorter than 16 bytes
   */
  public static ClientKey fromFile(Path file) throws IOException {
    byte[] content = Files.readAllBytes(file);
    if (content.length < 16) {
      throw new IllegalArgumentException(
          file + ": a client key file needs at least 16 bytes of secret, it has " + content.length);
    }
    return fromSecret(content);
  }

  /** A key derived (SHA-256) from secret bytes; for tests and for keys kept elsewhere. */
  public static ClientKey fromSecret(byte[] secret) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret);
      ByteBuffer b = ByteBuffer.wrap(digest).order(ByteOrder.LITTLE_ENDIAN);
      return new ClientKey(b.getLong(), b.getLong());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "ClientKey[secret]";
  }
}
