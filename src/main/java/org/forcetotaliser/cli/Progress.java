package org.forcetotaliser.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error for long runs: the steps of a command, how far through them it
 * is and the time taken. It appears only when standard error is a terminal, never before a second
 * has passed (short runs stay silent), and never under {@code --quiet}; tests, pipes and files
 * therefore never see it. The bar is erased before anything else is printed.
 */
final class Progress implements AutoCloseable {
  /** How long a run goes before the bar appears, and how often it is redrawn. */
  private static final long DELAY_MS = 1000;

  private static final long EVERY_MS = 250;
  private static final int WIDTH = 20;

  private final PrintWriter err;
  private final String[] steps;
  private final long started = System.nanoTime();
  private final Thread thread;
  private int step;

  /** How far through the current step, 0 to 1, or −1 when not known. */
  private double fraction = -1;

  private boolean hidden;
  private boolean drawn;
  private int lastLength;

  private Progress(PrintWriter err, String[] steps, boolean show) {
    this.err = err;
    this.steps = steps;
    if (show) {
      thread = new Thread(this::loop, "progress");
      thread.setDaemon(true);
      thread.start();
    } else {
      thread = null;
    }
  }

  /**
   * A bar over {@code steps}, shown only when standard error is a terminal and not {@code quiet}.
   */
  static Progress start(PrintWriter err, boolean quiet, String... steps) {
    return new Progress(err, steps, !quiet && System.console() != null);
  }

  /** Moves on to step {@code i} (0-based) and lets the bar show again. */
  synchronized void step(int i) {
    step = Math.min(i, steps.length - 1);
    fraction = -1;
    hidden = false;
  }

  /**
   * How far through the current step the run is, 0 to 1 (for example the share of a simulation's
   * draws done): the bar fills within the step and shows the percentage.
   */
  synchronized void fraction(double done) {
    fraction = Math.max(0, Math.min(1, done));
  }

  /** Erases the bar, until the next {@link #step}: call before printing anything. */
  synchronized void hide() {
    hidden = true;
    erase();
  }

  @Override
  public void close() {
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    hide();
  }

  private void loop() {
    try {
      Thread.sleep(DELAY_MS);
      while (!Thread.currentThread().isInterrupted()) {
        draw();
        Thread.sleep(EVERY_MS);
      }
    } catch (InterruptedException e) {
      // closed: the bar is erased by close()
    }
  }

  private synchronized void draw() {
    if (hidden) {
      return;
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    double through = step + Math.max(0, fraction);
    int filled = (int) (WIDTH * through / steps.length);
    String line =
        "["
            + "#".repeat(filled)
            + "-".repeat(WIDTH - filled)
            + "] "
            + steps[step]
            + (fraction < 0 ? "" : " " + (int) (fraction * 100) + " %")
            + " ("
            + (step + 1)
            + " of "
            + steps.length
            + "), "
            + seconds
            + " s";
    err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
    err.flush();
    lastLength = line.length();
    drawn = true;
  }

  private void erase() {
    if (drawn) {
      err.print("\r" + " ".repeat(lastLength) + "\r");
      err.flush();
      drawn = false;
    }
  }
}
