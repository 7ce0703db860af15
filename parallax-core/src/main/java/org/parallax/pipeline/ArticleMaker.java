package org.parallax.pipeline;

import org.parallax.clean.ChromeProfile;
import org.parallax.clean.CleanedText;
import org.parallax.clean.Cleaner;
import org.parallax.metadata.Metadata;
import org.parallax.metadata.MetadataReader;
import org.parallax.model.Article;
import org.parallax.model.RawDocument;

/** The per-document stages: {@code RawDocument -> Article}. Pure but for the profile it reads. */
final class ArticleMaker {
    private final Cleaner cleaner;
    private final MetadataReader metadata;

    ArticleMaker(ChromeProfile profile, MetadataReader metadata) {
        this.cleaner = new Cleaner(profile);
        this.metadata = metadata;
    }

    static String site(RawDocument raw) {
        return raw.hints().outlet() != null ? raw.hints().outlet() : MetadataReader.host(raw.hints().url());
    }

    Article make(RawDocument raw) {
        CleanedText cleaned = cleaner.clean(raw.text(), site(raw), raw.hints().title());
        Metadata meta = metadata.read(raw, cleaned);
        return new Article(raw.id(), raw.source(), raw.hints().url(), cleaned.title(), cleaned.text(),
                meta.published(), meta.pageDate(), meta.outlet(), meta.syndicatedFrom(), meta.language());
    }
}
