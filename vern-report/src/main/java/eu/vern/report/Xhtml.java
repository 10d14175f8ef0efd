package eu.vern.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small writer of well-formed XHTML: every text and attribute value is escaped, characters XML
 * cannot carry are replaced, and an element closed out of order is a bug caught at once. Element
 * and attribute names come from code only; everything else goes through {@link #text}.
 */
final class Xhtml {

  private final StringBuilder out = new StringBuilder(256 * 1024);
  private final Deque<String> open = new ArrayDeque<>();

  /** Opens {@code tag} with attributes given as name, value pairs. */
  Xhtml start(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    open.push(tag);
    return this;
  }

  /** Closes {@code tag}, which must be the innermost open element. */
  Xhtml end(String tag) {
    String top = open.poll();
    if (!tag.equals(top)) {
      throw new IllegalStateException("closing <" + tag + "> while <" + top + "> is open");
    }
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element with only text in it. */
  Xhtml element(String tag, String text, String... attributes) {
    return start(tag, attributes).text(text).end(tag);
  }

  /** An element with no content, written as {@code <tag/>}. */
  Xhtml empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  /** Text, escaped. */
  Xhtml text(String text) {
    escape(text, false);
    return this;
  }

  Xhtml newline() {
    out.append('\n');
    return this;
  }

  /** Markup written by this module itself (the document prologue, the style sheet). */
  Xhtml trusted(String markup) {
    out.append(markup);
    return this;
  }

  /** The document; every element must have been closed. */
  String finish() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("elements left open: " + open);
    }
    return out.toString();
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs: " + attributes.length);
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"");
      escape(attributes[i + 1], true);
      out.append('"');
    }
  }

  private void escape(String text, boolean attribute) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\'' -> out.append(attribute ? "&#39;" : "'");
        case '\t', '\n', '\r' -> out.append(attribute ? ' ' : c);
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
