/**
 * The command line: picocli commands, registered in {@link org.forcetotaliser.cli.Commands}, each
 * turning options into a call of the core and a renderer, and returning an exit code.
 */
package org.forcetotaliser.cli;
