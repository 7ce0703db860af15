package org.parallax.metadata;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import org.parallax.clean.CleanedText;
import org.parallax.model.RawDocument;

/** Reads the metadata of one cleaned document. Thread-safe; the clock bounds the years dates may fall in. */
public final class MetadataReader {
    private final PublicationDates dates;

    public MetadataReader(Clock clock) {
        this.dates = new PublicationDates(clock);
    }

    public Metadata read(RawDocument raw, CleanedText cleaned) {
        String rawText = raw.text();
        String rawSource = raw.format().equals("jsonl") ? new String(raw.raw().toArray(), java.nio.charset.StandardCharsets.UTF_8) : rawText;
        PublicationDates.Dates found = dates.read(rawText, cleaned, raw.hints().published(), rawSource);
        String outlet = raw.hints().outlet() != null && !raw.hints().outlet().isBlank() ? raw.hints().outlet().strip()
                : host(raw.hints().url());
        String syndicated = Syndication.find(cleaned.lines(), cleaned.text());
        if (syndicated != null && outlet == null && isMasthead(cleaned, syndicated)) {
            outlet = syndicated;
        }
        if (syndicated != null && outlet != null && Syndication.sameOutlet(syndicated, outlet)) {
            syndicated = null;
        }
        String language = LanguageIdentifier.identify(cleaned.text().isEmpty() ? cleaned.title() : cleaned.text());
        return new Metadata(found.published(), found.pageDate(), outlet, syndicated, language);
    }

    /** Whether the page's header names the credited outlet: then the page is that outlet's own. */
    private static boolean isMasthead(CleanedText cleaned, String name) {
        return cleaned.linesOf(org.parallax.clean.LineRole.HEADER).stream()
                .anyMatch(line -> Syndication.sameOutlet(line.text(), name));
    }

    /** The host of a URL without "www.", or null. */
    public static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
