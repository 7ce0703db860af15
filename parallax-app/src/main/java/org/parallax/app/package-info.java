/**
 * The {@code parallax} command: one picocli {@code @Command} class per subcommand, each returning an
 * exit code (0 success, 1 some inputs failed, 2 bad usage). {@code Analysis} is the one orchestration every
 * command that analyzes uses: the per-document pipeline into the store, then the corpus stages
 * ({@code StoryStage}, {@code IdentityStage}) over what the run added. The commands hold no analysis logic.
 */
package org.parallax.app;
