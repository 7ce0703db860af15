/**
 * The shape of a pipeline step. A {@link org.parallax.stage.DocumentStage} turns one document's record into
 * the next and is pure, so the same stage runs in the local pipeline and in a Spark job; a
 * {@link org.parallax.stage.CorpusStage} updates what spans the corpus (copies, stories, identities) from the
 * articles a run added, in an order that does not depend on how the run was batched.
 */
package org.parallax.stage;
