package org.forcetotaliser.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a large report is written while it is being made, so that it never has to be held in memory
 * whole: the output file's temporary twin (committed by renaming, as {@link AtomicFile} does) or,
 * for standard output, a scratch file copied out at the end. The report reaches its destination
 * only when the command has finished without errors; closing an undelivered spool removes what was
 * written. Opened on first use, so a command that does not stream pays nothing.
 *
 * <p>An output that is a device, a named pipe or a socket is spooled like standard output and
 * written to directly at the end ({@link AtomicFile#special}). When the system's temporary folder
 * cannot be written, the scratch copy is kept in memory instead: standard output still works, at
 * the cost of holding the report.
 */
final class Spool implements AutoCloseable {
  private final Path output;
  private AtomicFile.Pending pending;
  private Path scratch;
  private java.io.ByteArrayOutputStream inMemory;
  private Writer writer;
  private IOException failure;

  /**
   * @param output the file to write, or null for standard output
   */
  Spool(Path output) {
    this.output = output;
  }

  /** The failure that stopped writing, if any. */
  IOException failure() {
    return failure;
  }

  /** The UTF-8 writer to write the report to; opens the spool on the first call. */
  Writer writer() {
    if (writer == null) {
      try {
        OutputStream os;
        if (output != null && !AtomicFile.special(AtomicFile.destination(output))) {
          pending = AtomicFile.open(output);
          os = pending.stream();
        } else {
          os = scratch();
        }
        writer =
            new Recording(
                new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16));
      } catch (IOException e) {
        failure = e;
        throw new UncheckedIOException(e);
      }
    }
    return writer;
  }

  /** A scratch file in the temporary folder, or memory when that folder cannot be written. */
  private OutputStream scratch() {
    try {
      scratch = Files.createTempFile("totaliser-", ".out");
      return Files.newOutputStream(scratch);
    } catch (IOException | SecurityException e) {
      if (scratch != null) {
        try {
          Files.deleteIfExists(scratch);
        } catch (IOException ignored) {
          // nothing was written to it
        }
        scratch = null;
      }
      inMemory = new java.io.ByteArrayOutputStream(1 << 16);
      return inMemory;
    }
  }

  /** Sends what was written to the output file (by renaming) or to {@code out}. */
  void deliver(PrintWriter out) throws IOException {
    writer.flush();
    if (pending != null) {
      pending.commit();
      return;
    }
    writer.close();
    if (output != null) {
      try (OutputStream to =
          Files.newOutputStream(
              AtomicFile.destination(output), java.nio.file.StandardOpenOption.WRITE)) {
        if (inMemory != null) {
          inMemory.writeTo(to);
        } else {
          Files.copy(scratch, to);
        }
      }
      return;
    }
    try (Reader r =
        inMemory != null
            ? new java.io.StringReader(inMemory.toString(StandardCharsets.UTF_8))
            : Files.newBufferedReader(scratch, StandardCharsets.UTF_8)) {
      r.transferTo(out);
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      if (writer != null && pending == null) {
        writer.close();
      }
    } finally {
      if (pending != null) {
        pending.close();
      }
      if (scratch != null) {
        Files.deleteIfExists(scratch);
      }
    }
  }

  /** A writer that remembers the I/O failure it passed on, so it can be reported as such. */
  private final class Recording extends Writer {
    private final Writer to;

    Recording(Writer to) {
      this.to = to;
    }

    private IOException noted(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      try {
        to.write(buf, off, len);
      } catch (IOException e) {
        throw noted(e);
      }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      try {
        to.write(s, off, len);
      } catch (IOException e) {
        throw noted(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        to.flush();
      } catch (IOException e) {
        throw noted(e);
      }
    }

    @Override
    public void close() throws IOException {
      to.close();
    }
  }
}
