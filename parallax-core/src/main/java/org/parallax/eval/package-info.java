/**
 * Evaluation: scorers that measure the pipeline on public data sets with each set's standard metric,
 * so that quality is a number, not a guess. Entry points are the {@code *Evaluation} classes; the
 * {@code parallax eval} command prints their reports.
 */
package org.parallax.eval;
