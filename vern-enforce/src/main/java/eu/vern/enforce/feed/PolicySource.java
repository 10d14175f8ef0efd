package eu.vern.enforce.feed;

import eu.vern.guidelines.Assessor;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a feed gets its verdicts: the files to watch, and how to load them. The command line
 * implements it with its catalog, overlay, audiences and guideline options.
 */
public interface PolicySource {

  /** Files and directories whose change on disk means the feeds must be regenerated. */
  List<Path> watched();

  /**
   * Loads the catalog, audiences and guideline as they are on disk now.
   *
   * @throws RuntimeException when they do not load; the feed keeps serving the last good version
   */
  Assessor load();
}
