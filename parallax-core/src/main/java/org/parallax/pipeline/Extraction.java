package org.parallax.pipeline;

import org.parallax.clean.ChromeSnapshot;
import org.parallax.clean.CleanedText;
import org.parallax.clean.Cleaner;
import org.parallax.html.HtmlExtractor;
import org.parallax.html.HtmlPage;
import org.parallax.metadata.Metadata;
import org.parallax.metadata.MetadataReader;
import org.parallax.model.Article;
import org.parallax.model.RawDocument;
import org.parallax.stage.DocumentStage;

/**
 * The extraction stage, {@code RawDocument -> Article}: an HTML page's main text is found by its structure,
 * then any text is cleaned of chrome and its metadata read. Pure: it reads a fixed snapshot of the chrome
 * the collection taught, and nothing else.
 */
public final class Extraction implements DocumentStage<RawDocument, Article> {
    /** Raised whenever cleaning, extraction or metadata may give another article for the same input. */
    public static final int VERSION = 9;
    /** Main text shorter than this suggests the page's structure misled extraction: the whole page is cleaned instead. */
    private static final int SHORT_EXTRACTION = 250;

    private final Cleaner cleaner;
    private final MetadataReader metadata;

    public Extraction(ChromeSnapshot profile, MetadataReader metadata) {
        this.cleaner = new Cleaner(profile);
        this.metadata = metadata;
    }

    /** An HTML page: its main text is extracted first, then cleaned like any scraped text. */
    private Article fromHtml(RawDocument raw) {
        HtmlPage page = HtmlExtractor.extract(raw.text(), raw.hints().url());
        String title = raw.hints().title() != null ? raw.hints().title() : page.title();
        String known = title.isEmpty() ? null : title;
        CleanedText cleaned = cleaner.clean(page.text(), site(raw), known, page.marked(), page.preformatted());
        if (cleaned.text().length() < SHORT_EXTRACTION) {
            CleanedText whole = cleaner.clean(page.wholePage(), site(raw), known, false);
            if (whole.text().length() > cleaned.text().length()) {
                cleaned = whole;
            }
        }
        if (page.statedBody() != null && page.statedBody().length() > cleaned.text().length()
                && !holds(cleaned.text(), page.statedBody())) {
            // the page's markup does not hold the article its structured data states: a page built by scripts
            cleaned = cleaner.clean(cleaned.text() + "\n\n" + page.statedBody(), site(raw), known, true);
        }
        String stateBody = cleaned.text().length() < SHORT_EXTRACTION ? page.stateBody() : null;
        if (stateBody != null && stateBody.length() > cleaned.text().length() && !holds(cleaned.text(), stateBody)) {
            // the markup lacks the article and the page's script state holds it: a page its scripts build
            cleaned = cleaner.clean(cleaned.text() + "\n\n" + stateBody, site(raw), known, true);
        }
        String note = note(raw, cleaned);
        if (cleaned.text().isEmpty() && page.description() != null && page.description().strip().length() >= 80) {
            // a page built by scripts can hold its article only in the summary it gives of itself
            cleaned = cleaner.clean(page.description().strip(), site(raw), known, true);
            note = cleaned.text().isEmpty() ? NO_TEXT : DESCRIPTION_ONLY;
        }
        Metadata meta = metadata.readHtml(raw, page, cleaned);
        return new Article(raw.id(), raw.source(), raw.hints().url(), cleaned.title(), cleaned.text(),
                meta.published(), meta.pageDate(), meta.outlet(), meta.syndicatedFrom(), meta.language(), note,
                meta.authors(), meta.credit(), meta.modified());
    }

    /**
     * Whether the text holds the stated body: the opening words of one of its first paragraphs (white space
     * aside; a page may print a first line that its markup leaves out).
     */
    private static boolean holds(String text, String statedBody) {
        String flat = text.replaceAll("\\s+", " ");
        int tried = 0;
        for (String paragraph : statedBody.split("\\n")) {
            String opening = paragraph.strip().replaceAll("\\s+", " ");
            if (opening.length() < OPENING) {
                continue;
            }
            if (flat.contains(opening.substring(0, OPENING))) {
                return true;
            }
            if (++tried == OPENINGS_TRIED) {
                break;
            }
        }
        return false;
    }

    private static final int OPENING = 60;
    private static final int OPENINGS_TRIED = 3;

    static final String SUMMARY_ONLY = "the feed gives only a summary of this article, not its full text";
    static final String DESCRIPTION_ONLY = "the page's body holds no article text; this is the summary the page gives of itself";
    static final String NO_TEXT = "no article text was found in this input (a page of navigation, scripts or forms only)";

    private static String note(RawDocument raw, CleanedText cleaned) {
        if (cleaned.text().isEmpty()) {
            return NO_TEXT;
        }
        return raw.hints().summaryOnly() ? SUMMARY_ONLY : null;
    }

    /** The site a document's chrome is learned and cleaned under: its outlet, else its URL's host, else null. */
    public static String site(RawDocument raw) {
        return raw.hints().outlet() != null ? raw.hints().outlet() : MetadataReader.host(raw.hints().url());
    }

    @Override
    public String name() {
        return "extraction";
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public Article apply(RawDocument raw) {
        if (raw.kind().markup()) {
            return fromHtml(raw);
        }
        CleanedText cleaned = cleaner.clean(raw.text(), site(raw), raw.hints().title());
        Metadata meta = metadata.read(raw, cleaned);
        return new Article(raw.id(), raw.source(), raw.hints().url(), cleaned.title(), cleaned.text(),
                meta.published(), meta.pageDate(), meta.outlet(), meta.syndicatedFrom(), meta.language(),
                note(raw, cleaned), meta.authors(), meta.credit(), meta.modified());
    }
}
