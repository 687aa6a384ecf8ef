package org.forcetotaliser.load;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * Reads a list of actuals files into one {@link ActualsReader} as tasks for {@link Workers},
 * with the result of reading them one by one in order.
 *
 * <p>One task, the lane, reads the files from the first onwards straight into the reader, the
 * way a sequential read does. Each helper task, queued after the other work (the project
 * files), takes files from the last backwards, each into a reader of its own, while the lane
 * is still going: threads that have nothing else to do share the actuals. The lane stops where
 * the helpers began, so it has read a prefix of the files and the helpers the rest. After
 * {@link Workers#run}, {@link #finish} absorbs the helpers' readers in file order (or reads a
 * file again straight into the reader where absorbing could differ, see
 * {@link ActualsReader#absorb}). Memory stays as the sequential read's, plus a reader for each
 * file a helper took; when the project files keep the other threads busy, that is none.
 */
final class ActualsFiles {

  /** Reading one file into a reader; problems go to the reader, never an exception. */
  interface FileRead {
    void into(ActualsReader reader);
  }

  private final ActualsReader reader;
  private final List<FileRead> files;
  /** Files the lane has taken from the front, and the first the helpers have taken. */
  private int front;
  private int back;
  /** The helpers' readers, by file index; touched only on the caller's thread. */
  private final TreeMap<Integer, ActualsReader> parts = new TreeMap<>();

  ActualsFiles(ActualsReader reader, List<FileRead> files) {
    this.reader = reader;
    this.files = List.copyOf(files);
    this.back = files.size();
  }

  private synchronized int takeFront() {
    return front < back ? front++ : -1;
  }

  private synchronized int takeBack() {
    return front < back ? --back : -1;
  }

  /** The task that reads files from the first onwards straight into the reader. */
  Callable<Runnable> lane() {
    return () -> {
      for (int i = takeFront(); i >= 0; i = takeFront()) {
        files.get(i).into(reader);
      }
      return Workers.NOTHING;
    };
  }

  /** {@code n} tasks that take files from the last backwards into readers of their own. */
  List<Callable<Runnable>> helpers(int n) {
    List<Callable<Runnable>> tasks = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      tasks.add(() -> {
        TreeMap<Integer, ActualsReader> mine = new TreeMap<>();
        for (int i = takeBack(); i >= 0; i = takeBack()) {
          ActualsReader part = reader.part();
          files.get(i).into(part);
          mine.put(i, part);
        }
        return () -> parts.putAll(mine);
      });
    }
    return tasks;
  }

  /** Adds the helpers' readers to the reader in file order; call after {@link Workers#run}. */
  void finish() {
    for (var e : parts.entrySet()) {
      if (!reader.absorb(e.getValue())) {
        files.get(e.getKey()).into(reader);
      }
    }
    parts.clear();
  }
}
