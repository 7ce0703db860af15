package org.parallax.metadata;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.clean.CleanedText;
import org.parallax.html.HtmlPage;
import org.parallax.model.PublicationDate;
import org.parallax.model.RawDocument;

/** Reads the metadata of one cleaned document. Thread-safe; the clock bounds the years dates may fall in. */
public final class MetadataReader {
    private final PublicationDates dates;

    /** A reader; the language models start loading on a thread of their own, to be ready by the first article. */
    public MetadataReader(Clock clock) {
        this.dates = new PublicationDates(clock);
        loadModelsInBackground();
    }

    /** Starts loading the language models beside whatever runs (once per process): a run calls it before it reads. */
    public static void loadModelsInBackground() {
        LanguageIdentifier.loadInBackground();
    }

    public Metadata read(RawDocument raw, CleanedText cleaned) {
        String rawText = raw.text();
        String rawSource = raw.kind() == RawDocument.Kind.JSON_LINES_RECORD ? new String(raw.raw().toArray(), java.nio.charset.StandardCharsets.UTF_8) : rawText;
        PublicationDates.Dates found = dates.read(rawText, cleaned, raw.hints().published(), rawSource);
        String outlet = raw.hints().outlet() != null && !raw.hints().outlet().isBlank() ? raw.hints().outlet().strip()
                : host(raw.hints().url());
        String syndicated = Syndication.find(cleaned.lines(), cleaned.text());
        if (syndicated != null && outlet == null && isMasthead(cleaned, syndicated)) {
            outlet = syndicated;
        }
        if (outlet == null) {
            outlet = Outlets.named(cleaned, syndicated);
        }
        if (syndicated != null && outlet != null && Syndication.sameOutlet(syndicated, outlet)) {
            syndicated = null;
        }
        Bylines.Byline byline = Bylines.inText(cleaned.lines(), outletNames(outlet, raw.hints().url()));
        String language = LanguageIdentifier.identify(cleaned.text().isEmpty() ? cleaned.title() : cleaned.text());
        return new Metadata(found.published(), found.pageDate(), outlet, credited(syndicated, byline, outlet), language,
                byline.people(), byline.credit(), null);
    }

    /** The outlet's names a byline may use for it: its name, the URL's host. */
    private static List<String> outletNames(String outlet, String url) {
        List<String> names = new ArrayList<>();
        if (outlet != null) {
            names.add(outlet);
        }
        if (host(url) != null) {
            names.add(host(url));
        }
        return names;
    }

    /** The origin a text credits: a credit line or wire dateline, else an agency its byline names. */
    private static String credited(String syndicated, Bylines.Byline byline, String outlet) {
        if (syndicated != null || byline.credit() == null || outlet != null && Syndication.sameOutlet(byline.credit(), outlet)
                || !Bylines.isAgency(byline.credit())) {
            return syndicated;
        }
        return byline.credit();
    }

    /**
     * Reads the metadata of an HTML page: what its markup states first, then what its text says. Every
     * date keeps its evidence as a span over the raw HTML; a date whose words cannot be found there is
     * not reported.
     */
    public Metadata readHtml(RawDocument raw, HtmlPage page, CleanedText cleaned) {
        String html = raw.text();
        PublicationDate published = PublicationDates.stated(raw.hints().published(),
                new String(raw.raw().toArray(), java.nio.charset.StandardCharsets.UTF_8));
        if (published == null) {
            published = stated(page.published(), html);
        }
        PublicationDates.Dates fromText = dates.read(cleaned.input(), cleaned, null, null);
        if (published == null && fromText.published() != null) {
            published = relocate(fromText.published(), html);
        }
        String outlet = firstNonBlank(raw.hints().outlet(), Outlets.siteName(page.siteName()), host(raw.hints().url()),
                host(page.canonical()));
        String syndicated = Syndication.find(cleaned.lines(), cleaned.text());
        List<String> outletNames = outletNames(outlet, raw.hints().url() != null ? raw.hints().url() : page.canonical());
        if (page.siteName() != null) {
            outletNames.add(page.siteName());
        }
        Bylines.Byline byline = Bylines.read(page.authors(), page.organizations(), outletNames);
        if (byline.people().isEmpty()) {
            Bylines.Byline marked = Bylines.read(page.bylines(), List.of(), outletNames);
            if (!marked.people().isEmpty()) {
                byline = new Bylines.Byline(marked.people(), byline.credit() != null ? byline.credit() : marked.credit());
            }
        }
        if (byline.people().isEmpty()) {
            Bylines.Byline inText = Bylines.inText(cleaned.lines(), outletNames);
            if (!inText.people().isEmpty()) {
                byline = new Bylines.Byline(inText.people(), inText.credit() != null ? inText.credit() : byline.credit());
            }
        }
        if (syndicated != null && outlet != null && Syndication.sameOutlet(syndicated, outlet)) {
            syndicated = null;
        }
        String language = page.language();
        String body = cleaned.text().isEmpty() ? cleaned.title() : cleaned.text();
        if (language == null || body.length() >= LANGUAGE_OVERRIDE) {
            String detected = LanguageIdentifier.identify(body);
            if (language == null || !detected.equals("und")) {
                language = detected;
            }
        }
        return new Metadata(published, fromText.pageDate(), outlet, credited(syndicated, byline, outlet), language,
                byline.people(), byline.credit(), modified(page.modified()));
    }

    /** Text this long tells its language better than a page's declaration, which templates often get wrong. */
    private static final int LANGUAGE_OVERRIDE = 400;

    private static PublicationDate stated(HtmlPage.StatedDate date, String html) {
        if (date == null) {
            return null;
        }
        List<DateText.Match> found = DateText.find(date.value());
        int at = html.indexOf(date.written());
        if (found.isEmpty() || !found.get(0).hasYear() || at < 0 && !date.origin().equals("url")) {
            return null;
        }
        DateText.Match m = found.get(0);
        String value = PublicationDates.iso(m, m.year());
        org.parallax.model.Evidence evidence = at >= 0
                ? org.parallax.model.Evidence.of(html, at, at + date.written().length())
                : new org.parallax.model.Evidence(0, date.written().length(), date.written());
        return new PublicationDate(value, false, evidence, PublicationDates.zone(date.value(), m));
    }

    /** A stated modification date as ISO 8601, its time zone kept, or null. */
    private static String modified(HtmlPage.StatedDate date) {
        if (date == null) {
            return null;
        }
        List<DateText.Match> found = DateText.find(date.value());
        if (found.isEmpty() || !found.get(0).hasYear()) {
            return null;
        }
        DateText.Match m = found.get(0);
        String zone = PublicationDates.zone(date.value(), m);
        return PublicationDates.iso(m, m.year()) + (zone == null ? "" : zone);
    }

    private static PublicationDate relocate(PublicationDate date, String html) {
        int at = html.indexOf(date.evidence().text());
        return at < 0 ? null : new PublicationDate(date.value(), date.inferred(),
                org.parallax.model.Evidence.of(html, at, at + date.evidence().text().length()));
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
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
