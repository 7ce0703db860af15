/**
 * The {@code parallax} command: one picocli {@code @Command} class per subcommand, each returning an
 * exit code (0 success, 1 some inputs failed, 2 bad usage). The commands wire the pipeline to the store,
 * the bundle writer and the web server; they hold no analysis logic of their own.
 */
package org.parallax.app;
