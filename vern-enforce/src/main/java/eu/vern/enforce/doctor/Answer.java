package eu.vern.enforce.doctor;

import java.util.List;
import java.util.Objects;

/**
 * What the resolver answered to one question, as far as blocking goes: blocked, resolved to
 * addresses a client could connect to, an error, or nothing at all. {@link #aliases()} are the
 * CNAME targets the answer followed, first to last, so a report can say what a name is an alias of.
 */
public sealed interface Answer {

  /** The CNAME targets the answer followed from the name asked, in order; empty when none. */
  List<String> aliases();

  /** Whether a client gets nothing it could connect to. */
  default boolean blocked() {
    return this instanceof Blocked;
  }

  /** How a blocked answer looked. */
  enum Way {
    /** The name does not exist (RPZ {@code CNAME .}, {@code always_nxdomain}). */
    NXDOMAIN,
    /** The name exists but has no address (RPZ {@code *.}, or a chain that ends nowhere). */
    NO_ADDRESS,
    /** Only the block page's address, or 0.0.0.0 or ::. */
    BLOCK_ADDRESS
  }

  /** Nothing a client could connect to. */
  record Blocked(Way way, List<String> aliases) implements Answer {
    public Blocked {
      Objects.requireNonNull(way, "way");
      aliases = List.copyOf(aliases);
    }
  }

  /** Addresses a client would connect to. */
  record Resolved(List<String> addresses, List<String> aliases) implements Answer {
    public Resolved {
      addresses = List.copyOf(addresses);
      aliases = List.copyOf(aliases);
    }
  }

  /** An error code other than NXDOMAIN, e.g. SERVFAIL or REFUSED. */
  record Failed(String rcode, List<String> aliases) implements Answer {
    public Failed {
      Objects.requireNonNull(rcode, "rcode");
      aliases = List.copyOf(aliases);
    }
  }

  /** No answer before the timeout. */
  record Silent() implements Answer {
    @Override
    public List<String> aliases() {
      return List.of();
    }
  }
}
