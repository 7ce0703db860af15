package org.parallax.stage;

import java.util.Objects;
import java.util.function.Function;

/**
 * One per-document step of the pipeline: a pure function from one immutable record to the next
 * ({@code RawDocument -> Article -> AnnotatedArticle}). It touches no store and keeps no state between
 * documents, so it runs the same in the local pipeline, on any number of threads, and inside a Spark
 * partition. Its name and version go into the store's stage ledger: when a stage's version rises, the
 * articles an older version made can be found and made again.
 *
 * @param <I> what it reads
 * @param <O> what it makes
 */
public interface DocumentStage<I, O> {

    /** A short name for logs, errors and the ledger: {@code extraction}, {@code annotation}. */
    String name();

    /** Raised whenever the stage's output for the same input may change. */
    int version();

    /** Makes the next record of one document; throws when the document cannot be made into one. */
    O apply(I input);

    /** A stage from a function, for stages that need no class of their own. */
    static <I, O> DocumentStage<I, O> of(String name, int version, Function<I, O> function) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(function, "function");
        if (version < 1) {
            throw new IllegalArgumentException("a stage version starts at 1, was " + version + " for " + name);
        }
        return new DocumentStage<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int version() {
                return version;
            }

            @Override
            public O apply(I input) {
                return function.apply(input);
            }
        };
    }
}
