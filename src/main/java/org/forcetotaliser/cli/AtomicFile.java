package org.forcetotaliser.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes an output file so that a reader sees either the previous file or the whole new one, never
 * half: the bytes go to a temporary file in the same folder, are forced to disk, and the temporary
 * file is renamed over the target.
 *
 * <p>A symbolic link is written through: the file it leads to is replaced (atomically, in that
 * file's folder) and the link stays. A path that exists and is neither a regular file nor a folder
 * (a device such as {@code /dev/null}, a named pipe, a socket) cannot be renamed over without
 * destroying it, so it is opened and written directly, with no temporary file.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** The longest file name, in bytes, that common file systems (ext4, XFS, APFS, NTFS) hold. */
  static final int NAME_LIMIT = 255;

  public static void write(Path target, byte[] bytes) throws IOException {
    Path to = destination(target);
    if (special(to)) {
      try (OutputStream os = Files.newOutputStream(to, StandardOpenOption.WRITE)) {
        os.write(bytes);
      }
      return;
    }
    try (Pending p = open(to)) {
      p.stream().write(bytes);
      p.commit();
    }
  }

  /**
   * Starts writing {@code target}: what is written to {@link Pending#stream()} becomes the file
   * only on {@link Pending#commit()}; closing without committing leaves the old file (or none) and
   * removes the temporary one.
   */
  public static Pending open(Path target) throws IOException {
    target = destination(target);
    if (special(target)) {
      throw new IllegalArgumentException(target + " is not a regular file: write it directly");
    }
    Path dir = target.getParent();
    Path tmp = temporary(dir, target.getFileName().toString());
    try {
      keepPermissions(target, tmp);
      FileChannel ch =
          FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
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
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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
   * Where writing {@code target} really goes: the end of its chain of symbolic links (the path
   * itself when it is not a link), as an absolute path. A link that leads nowhere gives the path it
   * names, so that writing creates the file the link points at.
   */
  public static Path destination(Path target) throws IOException {
    Path p = target.toAbsolutePath();
    for (int hops = 0; Files.isSymbolicLink(p); hops++) {
      if (hops == 40) {
        throw new FileSystemException(target.toString(), null, "too many levels of symbolic links");
      }
      p = p.getParent().resolve(Files.readSymbolicLink(p));
    }
    return p;
  }

  /**
   * Whether {@code path} (already followed through its links) exists and is neither a regular file
   * nor a folder: a device, a named pipe or a socket, which renaming would destroy.
   */
  public static boolean special(Path path) {
    return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
  }

  /**
   * Why writing failed, in words, without the temporary file's name that the exception's own
   * message may hold: "permission denied", "file name too long", "no space left on device".
   */
  public static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileSystemException fs) {
      String r = fs.getReason();
      return r == null ? "cannot be written" : lowerFirst(r);
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : lowerFirst(m);
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * A new empty file {@code .NAME.RANDOM.tmp} in {@code dir}. Not {@code Files.createTempFile}:
   * that makes the file readable by its owner only, and the rename then hands the user an output
   * file others cannot read; a file made this way gets the umask's usual permissions.
   */
  private static Path temporary(Path dir, String name) throws IOException {
    // createFile fails rather than opening a file someone else made: the name need not be secret
    for (int attempt = 0; ; attempt++) {
      String suffix =
          "."
              + Long.toUnsignedString(
                  java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36)
              + ".tmp";
      Path p = dir.resolve("." + fitted(name, NAME_LIMIT - 1 - suffix.length()) + suffix);
      try {
        return Files.createFile(p);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  /**
   * {@code name} cut to at most {@code bytes} bytes of UTF-8, at a character boundary: a valid
   * output name of 250 characters must not give a temporary name past the file system's limit.
   */
  static String fitted(String name, int bytes) {
    int used = 0;
    int end = 0;
    while (end < name.length()) {
      int cp = name.codePointAt(end);
      int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (used + size > bytes) {
        break;
      }
      used += size;
      end += Character.charCount(cp);
    }
    return name.substring(0, end);
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
