package eu.vern.discovery;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the sources one after another through one pool of workers. An uncompressed file is cut
 * into chunks that the workers read themselves at line boundaries (positional reads, no copy
 * through one thread); a compressed file or a stream is read by the calling thread in blocks cut
 * at the last newline and handed to the workers. Each worker counts into its own {@link
 * Aggregator}; they are merged at the end.
 */
final class Engine {

  static final int CHUNK = 4 << 20;
  static final int MAX_LINE = 64 << 10;
  private static final int HEAD = 256 << 10;
  private static final int SAMPLES = 5;

  private final Settings settings;
  private final Progress progress;
  private final List<Formats> plans = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final List<LogFormat> detected = new ArrayList<>();
  private final ConcurrentHashMap<Long, Long> linesPerChunk = new ConcurrentHashMap<>();
  private final AtomicLong done = new AtomicLong();
  private long totalBytes;

  Engine(Settings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /**
   * One unit of work: a chunk of a file the worker reads (its channel and size; {@code mark}: the
   * byte-order mark the first chunk skips), or a block already read ({@code block}, its first
   * {@code length} bytes).
   */
  private record Task(int source, int chunk, @Nullable FileChannel channel, long size, int mark,
      byte @Nullable [] block, int length) {}

  private static final Task END = new Task(-1, -1, null, 0, 0, null, 0);

  /** A malformed line: where, and its text with addresses masked. */
  record Sample(int source, int chunk, int line, String text, String reason) {}

  /**
   * The result: merged counts, malformed samples with their line numbers, the formats read, and
   * notes on how the logs were read that the reader of the report must know.
   */
  record Result(Aggregator counts, List<DiscoveryReport.MalformedLine> samples, List<LogFormat> formats,
      List<String> notes) {}

  Result run(List<LogSource> sources) throws LogFormatException, IOException {
    totalBytes = 0;
    skippedRows = 0;
    for (LogSource s : sources) {
      if (s instanceof LogSource.File f && Files.isRegularFile(f.path())) {
        totalBytes += Files.size(f.path());
      }
    }
    int threads = Math.max(1, settings.threads());
    BlockingQueue<Task> queue = new ArrayBlockingQueue<>(threads * 2);
    BlockingQueue<byte[]> freeBlocks = new ArrayBlockingQueue<>(threads * 2 + 2);
    Worker[] workers = new Worker[threads];
    Thread[] running = new Thread[threads];
    for (int i = 0; i < threads; i++) {
      workers[i] = new Worker(queue, freeBlocks);
      running[i] = new Thread(workers[i], "vern-discovery-" + i);
      running[i].setDaemon(true);
      running[i].start();
    }
    try {
      for (LogSource source : sources) {
        read(source, queue, freeBlocks);
      }
    } finally {
      for (int i = 0; i < threads; i++) {
        putUninterruptibly(queue, END);
      }
      for (Thread t : running) {
        joinUninterruptibly(t);
      }
      close();
    }
    for (Worker w : workers) {
      if (w.failure != null) {
        throw new IllegalStateException("a discovery worker failed", w.failure);
      }
    }
    Aggregator merged = workers[0].counts;
    for (int i = 1; i < threads; i++) {
      merged.merge(workers[i].counts);
    }
    merged.total += skippedRows;
    merged.outside += skippedRows;
    merged.finish();
    // A source in which nothing parsed but something was malformed is not a log of its format.
    List<Sample> samples = new ArrayList<>();
    long[] parsedPerSource = new long[sources.size()];
    long[] malformedPerSource = new long[sources.size()];
    long[] ignoredPerSource = new long[sources.size()];
    for (Worker w : workers) {
      samples.addAll(w.samples);
      for (int s = 0; s < sources.size(); s++) {
        parsedPerSource[s] += s < w.parsed.length ? w.parsed[s] : 0;
        malformedPerSource[s] += s < w.malformed.length ? w.malformed[s] : 0;
        ignoredPerSource[s] += s < w.ignored.length ? w.ignored[s] : 0;
      }
    }
    samples.sort(Comparator.comparingInt(Sample::source).thenComparingInt(Sample::chunk)
        .thenComparingInt(Sample::line));
    List<DiscoveryReport.MalformedLine> located = new ArrayList<>();
    for (Sample s : samples) {
      long line = s.line();
      for (int c = 0; c < s.chunk(); c++) {
        line += linesPerChunk.getOrDefault(key(s.source(), c), 0L);
      }
      located.add(new DiscoveryReport.MalformedLine(names.get(s.source()), line, s.text(), s.reason()));
    }
    for (int s = 0; s < sources.size(); s++) {
      if (parsedPerSource[s] == 0 && malformedPerSource[s] > 0) {
        String name = names.get(s);
        DiscoveryReport.MalformedLine first =
            located.stream().filter(m -> m.source().equals(name)).findFirst().orElse(null);
        throw new LogFormatException(name, first == null ? 0 : first.line(),
            "not a " + plans.get(s).format().description() + " (no line could be read as one"
                + (first == null ? "" : "; " + first.reason()) + ")");
      }
    }
    return new Result(merged, located.subList(0, Math.min(SAMPLES, located.size())), detected,
        notes(sources.size(), workers, parsedPerSource, ignoredPerSource));
  }

  /**
   * What the parsers saw that the report must say: Windows DNS logs whose slash dates, read month
   * first by default, never showed their order; dnstap files that hold no client's query at all.
   */
  private List<String> notes(int sources, Worker[] workers, long[] parsed, long[] ignored) {
    List<String> notes = new ArrayList<>();
    for (int s = 0; s < sources; s++) {
      boolean slashed = false;
      boolean shown = false;
      long clientQueries = 0;
      long otherMessages = 0;
      long lateDns = 0;
      FortiGateParser.Mode fortigate = null;
      for (Worker w : workers) {
        LineParser parser = s < w.parsers.size() ? w.parsers.get(s) : null;
        if (parser instanceof WindowsDnsParser p) {
          slashed |= p.slashDates;
          shown |= p.slashOrderShown;
        } else if (parser instanceof DnstapParser p) {
          clientQueries += p.clientQueries;
          otherMessages += p.otherMessages;
        } else if (parser instanceof FortiGateParser p) {
          lateDns += p.uncountedDns;
          fortigate = plans.get(s).fortigate();
        }
      }
      if (lateDns > 0 && fortigate != null) {
        notes.add(names.get(s) + ": " + String.format(Locale.ROOT, FortiGateParser.LATE_DNS_NOTE,
            fortigate == FortiGateParser.Mode.WEB ? "web filter entries" : "DNS filter responses", lateDns));
      }
      if (slashed && !shown && !settings.slashDatesDayFirst()) {
        notes.add(names.get(s) + ": " + WindowsDnsParser.ORDER_UNKNOWN_NOTE);
      }
      if (clientQueries == 0 && otherMessages > 0) {
        notes.add(names.get(s) + ": " + DnstapParser.NO_CLIENT_QUERIES_NOTE);
      } else if (parsed[s] == 0 && ignored[s] > 0) {
        notes.add(String.format(Locale.ROOT, "%s: none of its %,d lines is a query; %s", names.get(s),
            ignored[s], noQueriesHint(plans.get(s).format())));
      }
    }
    return notes;
  }

  /** How a server of {@code format} is made to log its clients' queries. */
  private static String noQueriesHint(LogFormat format) {
    return switch (format) {
      case BIND -> "BIND logs queries with querylog yes; in its options, or after rndc querylog on";
      case UNBOUND -> "Unbound logs queries with log-queries: yes (or log-replies: yes)";
      case DNSMASQ, PIHOLE -> "dnsmasq logs queries with log-queries";
      case WINDOWS_DNS -> "the debug log needs packet logging of incoming queries"
          + " (Incoming, Queries/Transfers, Request, UDP and TCP)";
      case WINDOWS_DNS_ANALYTIC -> "it holds no QUERY_RECEIVED events (256): the analytic channel"
          + " Microsoft-Windows-DNSServer/Analytical must be enabled, and the export must keep event 256";
      case SQUID -> "it holds only entries without a host, such as Squid's own errors";
      case FORTIGATE -> "a FortiGate names hosts in DNS filter entries (with DNS queries logged) or web"
          + " filter entries; its traffic and event logs hold none";
      default -> "was the right file given?";
    };
  }

  private void read(LogSource source, BlockingQueue<Task> queue, BlockingQueue<byte[]> freeBlocks)
      throws LogFormatException, IOException {
    int index = names.size();
    names.add(source.name());
    if (source instanceof LogSource.File f) {
      Path path = f.path();
      if (!Files.exists(path)) {
        throw new LogFormatException(source.name(), 0, "no such file");
      }
      if (!Files.isReadable(path) || Files.isDirectory(path)) {
        throw new LogFormatException(source.name(), 0, "not a readable file");
      }
      byte[] magic = new byte[16];
      int m;
      try (InputStream in = Files.newInputStream(path)) {
        m = in.readNBytes(magic, 0, magic.length);
      }
      if (PiholeDatabase.isSqlite(magic, m)) {
        readDatabase(index, path, queue, freeBlocks);
        return;
      }
      if (settings.format() == LogFormat.PIHOLE_DB && !compressed(magic, m)) {
        throw new LogFormatException(source.name(), 0, "not an SQLite database; Pi-hole's text log"
            + " (pihole.log) is read with --format " + LogFormat.PIHOLE.code());
      }
      TextEncoding encoding = TextEncoding.of(magic, m);
      // Frames cannot be found again from the middle of a file: framed files are read in order.
      if (!compressed(magic, m) && !encoding.utf16() && !Frames.isFramed(magic, m)
          && Files.isRegularFile(path)) {
        readFile(index, path, encoding.mark, queue);
        return;
      }
    }
    InputStream raw;
    try {
      raw = switch (source) {
        case LogSource.File f -> Files.newInputStream(f.path());
        case LogSource.Stream s -> s.opener().open();
      };
    } catch (NoSuchFileException e) {
      throw new LogFormatException(source.name(), 0, "no such file");
    }
    try (InputStream in = TextEncoding.asUtf8(
        decompress(source.name(), counting(raw, source instanceof LogSource.File)))) {
      readStream(index, in, queue, freeBlocks, settings.format());
    }
  }

  /** Reads Pi-hole's database: its rows, rendered as lines, go through the stream reader. */
  private void readDatabase(int index, Path path, BlockingQueue<Task> queue,
      BlockingQueue<byte[]> freeBlocks) throws LogFormatException, IOException {
    String name = names.get(index);
    LogFormat wanted = settings.format();
    if (wanted != LogFormat.AUTO && wanted != LogFormat.PIHOLE && wanted != LogFormat.PIHOLE_DB) {
      throw new LogFormatException(name, 0, "an SQLite database, not a " + wanted.description()
          + "; Pi-hole's database is read with --format " + LogFormat.PIHOLE_DB.code() + " (or auto)");
    }
    databases.add(index);
    long size = Files.size(path);
    long[] counted = {0};
    try (PiholeDatabase db = PiholeDatabase.open(name, path);
        InputStream rows = db.rows(share -> {
          long now = (long) (share * size);
          progress.advanced(done.addAndGet(now - counted[0]), totalBytes);
          counted[0] = now;
        }, settings.since(), settings.until())) {
      skippedRows += db.skipped();
      readStream(index, rows, queue, freeBlocks, LogFormat.PIHOLE_DB);
    }
  }

  /** Reads a plain file in parallel chunks; its first {@code mark} bytes are a byte-order mark. */
  private void readFile(int index, Path path, int mark, BlockingQueue<Task> queue)
      throws LogFormatException, IOException {
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
    try {
      long size = channel.size();
      byte[] head = new byte[(int) Math.min(HEAD, size - mark) + 1];
      ByteBuffer bb = ByteBuffer.wrap(head, 0, head.length - 1);
      while (bb.hasRemaining() && channel.read(bb, mark + bb.position()) > 0) {
        // fill the head
      }
      int len = bb.position();
      if (len == size - mark && len > 0 && head[len - 1] != '\n') {
        head[len++] = '\n';
      }
      plan(index, head, len, settings.format());
      long chunks = (size + CHUNK - 1) / CHUNK;
      for (int c = 0; c < chunks; c++) {
        putUninterruptibly(queue, new Task(index, c, channel, size, mark, null, 0));
      }
    } finally {
      closeWhenDrained.add(channel); // the workers read it until the run ends
    }
  }

  private final List<FileChannel> closeWhenDrained = new ArrayList<>();
  /** Database rows outside the window that were never read: lines outside the window all the same. */
  private long skippedRows;
  /** The sources that are databases, whose rows are rendered as lines. */
  private final java.util.Set<Integer> databases = new java.util.HashSet<>();

  private void readStream(int index, InputStream in, BlockingQueue<Task> queue,
      BlockingQueue<byte[]> freeBlocks, LogFormat wanted) throws LogFormatException, IOException {
    byte[] block = new byte[CHUNK + MAX_LINE];
    int len = fill(in, block, 0);
    boolean eof = len < block.length;
    byte[] head = Arrays.copyOf(block, Math.min(len, HEAD) + 1);
    int headLen = Math.min(len, HEAD);
    if (eof && headLen == len && headLen > 0 && head[headLen - 1] != '\n') {
      head[headLen++] = '\n';
    }
    plan(index, head, headLen, wanted);
    boolean framed = plans.get(index).framed();
    int chunk = 0;
    while (len > 0) {
      int cut;
      if (eof) {
        cut = len;
      } else if (framed) {
        cut = Frames.lastEnd(block, len);
        if (cut == 0) {
          cut = len; // no whole frame in a full block: the worker counts it as malformed
        }
      } else {
        int nl = lastNewline(block, len);
        cut = nl < 0 ? len : nl + 1; // a line longer than a block is cut; its parts are malformed
      }
      byte[] next = freeBlocks.poll();
      if (next == null) {
        next = new byte[CHUNK + MAX_LINE];
      }
      int carry = len - cut;
      System.arraycopy(block, cut, next, 0, carry);
      putUninterruptibly(queue, new Task(index, chunk++, null, 0, 0, block, cut));
      block = next;
      len = carry;
      if (!eof) {
        int read = fill(in, block, len);
        eof = read < block.length;
        len = read;
      }
    }
  }

  private void plan(int index, byte[] head, int len, LogFormat wanted) throws LogFormatException {
    Times times = settings.times();
    String name = names.get(index);
    if (PiholeDatabase.isSqlite(head, len)) {
      throw new LogFormatException(name, 0, PiholeDatabase.FILE_ONLY);
    }
    if (wanted == LogFormat.PIHOLE_DB && !databases.contains(index)) {
      throw new LogFormatException(name, 0, PiholeDatabase.FILE_ONLY);
    }
    Formats plan = Formats.plan(name, wanted, head, len, times, settings.squidLogformat());
    if (plan == null && Formats.lines(head, len).isEmpty()) {
      plan = new Formats(wanted == LogFormat.AUTO ? LogFormat.CSV : wanted,
          false, ZeekTsvParser.Layout.DEFAULT, true, null); // an empty input: nothing to parse
    }
    if (plan == null) {
      throw new LogFormatException(name, 1, "cannot tell the log format from the first lines;"
          + " name it with --format (" + LogFormat.codes().substring("auto, ".length()) + ")"
          + (!settings.slashDatesDayFirst() && WindowsDnsParser.hasPacketLines(head, len)
              ? "; " + WindowsDnsParser.DAY_FIRST_HINT : ""));
    }
    // The first lines must hold a query, or at least nothing that is not of the format.
    LineParser parser = plan.parser(times);
    boolean framed = plan.framed();
    Event e = new Event();
    int lineNo = 0;
    int firstBad = -1;
    String reason = "";
    boolean anyQuery = false;
    int start = 0;
    while (start < len && lineNo < Formats.HEAD_LINES) {
      int nl = framed ? Frames.end(head, start, len) : Bytes.indexOf(head, start, len, '\n');
      if (nl < 0) {
        if (framed && start == 0) {
          firstBad = 1;
          reason = "it does not start with a Frame Streams frame";
        }
        break;
      }
      lineNo++;
      int end = framed ? nl : nl > start && head[nl - 1] == '\r' ? nl - 1 : nl;
      if (framed && Frames.length(head, start) == 0) {
        start = nl; // a control frame
        continue;
      }
      if (end > start) {
        int r = parser.parse(head, framed ? start + 4 : start, end, e);
        if (r == LineParser.QUERY) {
          anyQuery = true;
          break;
        }
        if (r == LineParser.MALFORMED && firstBad < 0) {
          firstBad = lineNo;
          reason = e.reason;
        }
      }
      start = framed ? nl : nl + 1;
    }
    if (!anyQuery && firstBad > 0) {
      throw new LogFormatException(name, firstBad,
          "not a " + plan.format().description() + ": " + reason);
    }
    plans.add(plan);
    if (wanted != LogFormat.AUTO || framed || !Formats.lines(head, len).isEmpty()) {
      detected.add(plan.format()); // an empty input detected nothing: the report names no format for it
    }
  }

  private static int fill(InputStream in, byte[] b, int from) throws IOException {
    int n = from;
    while (n < b.length) {
      int r = in.read(b, n, b.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n;
  }

  private static int lastNewline(byte[] b, int len) {
    for (int i = len - 1; i >= 0; i--) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static boolean compressed(byte[] magic, int n) {
    boolean gzip = n >= 2 && (magic[0] & 0xFF) == 0x1f && (magic[1] & 0xFF) == 0x8b;
    boolean zstd = n >= 4 && (magic[0] & 0xFF) == 0x28 && (magic[1] & 0xFF) == 0xb5
        && (magic[2] & 0xFF) == 0x2f && (magic[3] & 0xFF) == 0xfd;
    return gzip || zstd;
  }

  private static InputStream decompress(String name, InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(4);
    byte[] magic = new byte[4];
    int n = in.readNBytes(magic, 0, 4);
    in.reset();
    try {
      if (n >= 2 && (magic[0] & 0xFF) == 0x1f && (magic[1] & 0xFF) == 0x8b) {
        return damageNamed(name, "gzip", new GZIPInputStream(in, 1 << 16));
      }
      if (compressed(magic, n)) {
        return damageNamed(name, "zstd", new ZstdInputStream(in));
      }
    } catch (IOException | RuntimeException e) {
      throw new IOException(name + ": the compressed data cannot be read: " + e.getMessage(), e);
    }
    return in;
  }

  /**
   * A decompressing stream whose failures name the file: a truncated or damaged archive fails in
   * the middle of reading, long after it was opened, and the decompressors' own messages ("Unexpected
   * end of ZLIB input stream") say neither which file nor what to do.
   */
  private static InputStream damageNamed(String name, String kind, InputStream decompressing) {
    return new FilterInputStream(decompressing) {
      private long delivered;

      @Override
      public int read() throws IOException {
        try {
          int r = super.read();
          if (r >= 0) {
            delivered++;
          }
          return r;
        } catch (IOException | RuntimeException e) {
          throw damaged(e);
        }
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          int r = super.read(b, off, len);
          if (r > 0) {
            delivered += r;
          }
          return r;
        } catch (IOException | RuntimeException e) {
          throw damaged(e);
        }
      }

      private IOException damaged(Exception e) {
        return new IOException(String.format(java.util.Locale.ROOT,
            "%s: the %s data ends early or is damaged after %,d bytes of log (%s);"
                + " nothing was reported: repair or re-copy the file, or leave it out",
            name, kind, delivered, e.getMessage()), e);
      }
    };
  }

  private InputStream counting(InputStream raw, boolean counted) {
    return new FilterInputStream(raw) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0 && counted) {
          progress.advanced(done.addAndGet(n), totalBytes);
        }
        return n;
      }
    };
  }

  private static long key(int source, int chunk) {
    return ((long) source << 32) | chunk;
  }

  private final class Worker implements Runnable {
    final Aggregator counts = new Aggregator(settings);
    final List<Sample> samples = new ArrayList<>();
    final BlockingQueue<Task> queue;
    final BlockingQueue<byte[]> freeBlocks;
    final Event event = new Event();
    final Times times = settings.times();
    final List<@Nullable LineParser> parsers = new ArrayList<>();
    long[] parsed = new long[0];
    long[] malformed = new long[0];
    long[] ignored = new long[0];
    byte @Nullable [] chunkBuffer;
    volatile @Nullable Throwable failure;

    Worker(BlockingQueue<Task> queue, BlockingQueue<byte[]> freeBlocks) {
      this.queue = queue;
      this.freeBlocks = freeBlocks;
    }

    @Override
    public void run() {
      while (true) {
        Task task;
        try {
          task = queue.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        if (task == END) {
          return;
        }
        if (failure != null) {
          continue; // keep draining so the reader never blocks
        }
        try {
          process(task);
        } catch (IOException e) {
          failure = new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
          failure = e;
        }
      }
    }

    private LineParser parser(int source) {
      while (parsers.size() <= source) {
        parsers.add(null);
      }
      LineParser p = parsers.get(source);
      if (p == null) {
        p = plans.get(source).parser(times);
        parsers.set(source, p);
      }
      if (parsed.length <= source) {
        parsed = Arrays.copyOf(parsed, source + 1);
        malformed = Arrays.copyOf(malformed, source + 1);
        ignored = Arrays.copyOf(ignored, source + 1);
      }
      return p;
    }

    private void process(Task task) throws IOException {
      LineParser parser = parser(task.source());
      FileChannel channel = task.channel();
      if (channel != null) {
        long start = (long) task.chunk() * CHUNK;
        long end = Math.min(start + CHUNK, task.size());
        long readFrom = Math.max(0, start - 1);
        long readTo = Math.min(task.size(), end + MAX_LINE);
        byte[] buf = chunkBuffer;
        if (buf == null) {
          buf = new byte[CHUNK + MAX_LINE + 1];
          chunkBuffer = buf;
        }
        ByteBuffer bb = ByteBuffer.wrap(buf, 0, (int) (readTo - readFrom));
        while (bb.hasRemaining()) {
          if (channel.read(bb, readFrom + bb.position()) < 0) {
            break;
          }
        }
        int len = bb.position();
        int first = start == 0 ? task.mark() : 0;
        if (start > 0) {
          int nl = Bytes.indexOf(buf, 0, len, '\n');
          first = nl < 0 ? len : nl + 1;
        }
        int limit = (int) (end - readFrom);
        boolean lastChunk = end == task.size();
        lines(task, parser, buf, first, limit, len, lastChunk);
        progress.advanced(done.addAndGet(end - start), totalBytes);
      } else {
        byte[] block = task.block();
        if (block == null) {
          return;
        }
        if (plans.get(task.source()).framed()) {
          frames(task, parser, block, task.length());
        } else {
          lines(task, parser, block, 0, task.length(), task.length(), true);
        }
        freeBlocks.offer(block);
      }
    }

    /** Processes the lines that start in {@code [first, limit)}; they may run on to {@code len}. */
    private void lines(Task task, LineParser parser, byte[] b, int first, int limit, int len,
        boolean endsAtLen) {
      Aggregator a = counts;
      a.forgetClients();
      Event e = event;
      int source = task.source();
      int line = 0;
      int start = first;
      while (start < limit) {
        int nl = Bytes.indexOfNewline(b, start, len);
        int next;
        int end;
        if (nl < 0) {
          end = len;
          next = len;
          if (!endsAtLen && len - start >= MAX_LINE) {
            next = limit; // a line longer than MAX_LINE: counted as malformed below
          }
        } else {
          end = nl;
          next = nl + 1;
        }
        line++;
        if (end > start && b[end - 1] == '\r') {
          end--;
        }
        if (end > start) {
          int r = (nl < 0 && !endsAtLen && len - start >= MAX_LINE)
              ? LineParser.malformed(e, "the line is longer than 64 KiB")
              : parser.parse(b, start, end, e);
          tally(r, task, line, r == LineParser.MALFORMED ? parser.sample(b, start, end) : "");
        }
        start = next;
      }
      a.forgetClients(); // nothing may point into the buffer once it is refilled
      linesPerChunk.put(key(source, task.chunk()), (long) line);
    }

    /** Processes the frames of a block of a Frame Streams file; control frames are ignored lines. */
    private void frames(Task task, LineParser parser, byte[] b, int len) {
      counts.forgetClients();
      int frame = 0;
      int p = 0;
      while (p < len) {
        frame++;
        int end = Frames.end(b, p, len);
        if (end < 0) {
          tally(LineParser.malformed(event, "a frame is cut short or longer than 64 KiB"), task, frame,
              "(" + (len - p) + " bytes)");
          break;
        }
        if (Frames.length(b, p) == 0) {
          tally(LineParser.IGNORED, task, frame, "");
        } else {
          int r = parser.parse(b, p + 4, end, event);
          tally(r, task, frame, r == LineParser.MALFORMED ? "(frame of " + (end - p - 4) + " bytes)" : "");
        }
        p = end;
      }
      counts.forgetClients();
      linesPerChunk.put(key(task.source(), task.chunk()), (long) frame);
    }

    /** Counts one line or frame the parser answered {@code r} for; {@code text} shows a malformed one. */
    private void tally(int r, Task task, int line, String text) {
      Aggregator a = counts;
      int source = task.source();
      a.total++;
      if (r == LineParser.QUERY) {
        a.accept(event);
        parsed[source]++;
      } else if (r == LineParser.IGNORED) {
        a.ignored++;
        ignored[source]++;
      } else if (r == LineParser.ANSWERS) {
        a.ignored++;
        ignored[source]++;
        a.acceptAnswers(event);
      } else {
        a.malformed++;
        malformed[source]++;
        if (samples.size() < SAMPLES) {
          samples.add(new Sample(source, task.chunk(), line, text, event.reason));
        }
      }
    }
  }

  private static void putUninterruptibly(BlockingQueue<Task> queue, Task task) {
    boolean interrupted = false;
    while (true) {
      try {
        queue.put(task);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void joinUninterruptibly(Thread t) {
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void close() {
    for (FileChannel c : closeWhenDrained) {
      try {
        c.close();
      } catch (IOException e) {
        // read-only: nothing was lost
      }
    }
  }
}
