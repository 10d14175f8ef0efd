package eu.vern.discovery;

/**
 * What a parser found on one line, as positions in its buffer: reused for every line, so parsing
 * allocates nothing. Only the parser that filled it reads it, on the same thread.
 */
final class Event {

  static final int MAX_ANSWERS = 16;

  long time;
  byte[] clientBuf = new byte[0];
  int clientFrom;
  int clientTo;
  byte[] nameBuf = new byte[0];
  int nameFrom;
  int nameTo;
  byte[] answerBuf = new byte[0];
  int answers;
  final int[] answerFrom = new int[MAX_ANSWERS];
  final int[] answerTo = new int[MAX_ANSWERS];
  /** Why the last line was malformed: a constant sentence, never the line's text. */
  String reason = "";
  /** Room for a name that has to be rewritten, e.g. Windows DNS's (3)www(7)example(3)com(0). */
  final byte[] scratch = new byte[1024];

  void client(byte[] b, int from, int to) {
    clientBuf = b;
    clientFrom = from;
    clientTo = to;
  }

  void name(byte[] b, int from, int to) {
    nameBuf = b;
    nameFrom = from;
    nameTo = to;
  }

  void addAnswer(int from, int to) {
    if (answers < MAX_ANSWERS && to > from) {
      answerFrom[answers] = from;
      answerTo[answers] = to;
      answers++;
    }
  }
}
