package org.forcetotaliser.cli;

/** The entry point: {@code totaliser COMMAND [OPTIONS] [PATH…]}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(0);
  }
}
