package org.parallax.ingest;

import java.util.Objects;
import org.parallax.model.RawDocument;

/** What reading one input gave: a document, or a failure that says which input and what was wrong. */
public sealed interface Ingested {

    /** The file or record this came from. */
    String source();

    record Document(RawDocument document) implements Ingested {
        public Document {
            Objects.requireNonNull(document, "document");
        }

        @Override
        public String source() {
            return document.source();
        }
    }

    /** An input that is not an article and was passed over on purpose (an image, a JSON file of other data). */
    record Skipped(String source, String reason) implements Ingested {
        public Skipped {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }
    }

    record Failure(String source, String reason) implements Ingested {
        public Failure {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return source + ": " + reason;
        }
    }
}
