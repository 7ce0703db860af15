package org.parallax.pipeline;

import java.util.Objects;
import org.parallax.model.Article;
import org.parallax.model.RawDocument;

/** What the per-document stages made of one input: an article with its raw document, or a failure. */
public sealed interface Processed {

    String source();

    record Done(RawDocument raw, Article article) implements Processed {
        public Done {
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String source() {
            return raw.source();
        }
    }

    record Failed(String source, String reason) implements Processed {
        public Failed {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
