package org.parallax.pipeline;

import java.util.Objects;
import org.parallax.model.AnnotatedArticle;
import org.parallax.model.Article;
import org.parallax.model.RawDocument;

/** What the per-document stages made of one input: an annotated article with its raw document, or a failure. */
public sealed interface Processed {

    String source();

    record Done(RawDocument raw, AnnotatedArticle annotated) implements Processed {
        public Done {
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(annotated, "annotated");
        }

        /** An article with no annotation layers. */
        public Done(RawDocument raw, Article article) {
            this(raw, AnnotatedArticle.bare(article));
        }

        public Article article() {
            return annotated.article();
        }

        @Override
        public String source() {
            return raw.source();
        }
    }

    /**
     * An input no stage could finish.
     *
     * @param source the file or record it came from
     * @param stage  the stage that failed: {@code ingest}, {@code extraction}, {@code annotation}, ...
     * @param reason what was wrong
     */
    record Failed(String source, String stage, String reason) implements Processed {
        public Failed {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(reason, "reason");
        }

        /** The failure as one line of text: source, stage and reason. */
        public String line() {
            return source + ": " + (stage.equals("ingest") ? "" : stage + " failed: ") + reason;
        }
    }
}
