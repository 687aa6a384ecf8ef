package org.forcetotaliser.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes an output file so that a reader sees either the previous file or the whole new one,
 * never half: the bytes go to a temporary file in the same folder, are forced to disk, and the
 * temporary file is renamed over the target.
 */
public final class AtomicFile {
  private AtomicFile() {}

  public static void write(Path target, byte[] bytes) throws IOException {
    try (Pending p = open(target)) {
      p.stream().write(bytes);
      p.commit();
    }
  }

  /**
   * Starts writing {@code target}: what is written to {@link Pending#stream()} becomes the
   * file only on {@link Pending#commit()}; closing without committing leaves the old file (or
   * none) and removes the temporary one.
   */
  public static Pending open(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = temporary(dir, target.getFileName().toString());
    try {
      keepPermissions(target, tmp);
      FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
      return new Pending(target, tmp, ch);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  /** A file being written: invisible under its own name until committed. */
  public static final class Pending implements AutoCloseable {
    private final Path target;
    private final Path tmp;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean open = true;

    private Pending(Path target, Path tmp, FileChannel channel) {
      this.target = target;
      this.tmp = tmp;
      this.channel = channel;
      this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /** Where to write the new content (buffered; not closed by the caller). */
    public OutputStream stream() {
      return stream;
    }

    /** Forces what was written to disk and renames it over the target. */
    public void commit() throws IOException {
      stream.flush();
      channel.force(true);
      channel.close();
      open = false;
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }

    /** Abandons the new content unless it was committed. */
    @Override
    public void close() throws IOException {
      try {
        if (open) {
          open = false;
          channel.close();
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * A new empty file {@code .NAME.RANDOM.tmp} in {@code dir}. Not {@code Files.createTempFile}:
   * that makes the file readable by its owner only, and the rename then hands the user an
   * output file others cannot read; a file made this way gets the umask's usual permissions.
   */
  private static Path temporary(Path dir, String name) throws IOException {
    // createFile fails rather than opening a file someone else made: the name need not be secret
    for (int attempt = 0; ; attempt++) {
      Path p = dir.resolve("." + name + "." + Long.toUnsignedString(
          java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36)
          + ".tmp");
      try {
        return Files.createFile(p);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  /** Gives a file that is being replaced's permissions to its replacement, where there are any. */
  private static void keepPermissions(Path target, Path tmp) throws IOException {
    try {
      Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
    } catch (NoSuchFileException | UnsupportedOperationException e) {
      // a new file, or a file system without POSIX permissions: the defaults stand
    }
  }
}
