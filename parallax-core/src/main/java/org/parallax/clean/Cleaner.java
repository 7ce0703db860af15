package org.parallax.clean;

import java.util.Arrays;
import java.util.List;
import org.parallax.model.Evidence;
import org.parallax.model.Span;

/**
 * Finds the headline and the article's own paragraphs in scraped plain text. A pure function of the
 * text, an optional known headline, and what the collection taught about the site's chrome.
 *
 * <p>Each line is first judged alone (in the manner of jusText: length, density of function words,
 * sentence form, chrome vocabulary), then by its neighbours: short lines between paragraphs are
 * headings or list items and stay, short lines beside chrome go. Runs of headline-like lines are teaser
 * lists. Everything above the headline is header chrome.
 */
public final class Cleaner {
    private enum Quality { BAD, SHORT, NEAR_GOOD, GOOD }

    private final ChromeSnapshot profile;

    public Cleaner(ChromeSnapshot profile) {
        this.profile = profile;
    }

    /**
     * Cleans {@code raw}.
     *
     * @param raw        the scraped text
     * @param site       the site it came from (a host name), or null when unknown
     * @param knownTitle a headline the input states (a JSON Lines field), or null
     */
    public CleanedText clean(String raw, String site, String knownTitle) {
        return clean(raw, site, knownTitle, false);
    }

    /**
     * Cleans text whose structure already marked it as the content (the article element of an HTML page):
     * with {@code marked}, short lines and list items stay unless they are chrome on their own account.
     */
    public CleanedText clean(String raw, String site, String knownTitle, boolean marked) {
        return clean(raw, site, knownTitle, marked, List.of());
    }

    /**
     * Cleans text of which some stretches are preformatted (code, verse, figures in columns, as a pre element sets
     * them): their lines are the article's, however short or unlike prose.
     *
     * @param preformatted stretches of {@code raw}, in order
     */
    public CleanedText clean(String raw, String site, String knownTitle, boolean marked, List<Span> preformatted) {
        List<Line> lines = Line.split(raw);
        LineRole[] roles = new LineRole[lines.size()];
        Arrays.fill(roles, LineRole.CHROME);
        List<LineFeatures> features = lines.stream().map(l -> new LineFeatures(l.text())).toList();

        Headline headline = Headline.find(lines, features, knownTitle);
        int bodyFrom = 0;
        if (headline.lineIndex() >= 0) {
            for (int i = 0; i < headline.lineIndex(); i++) {
                roles[i] = LineRole.HEADER;
            }
            roles[headline.lineIndex()] = LineRole.TITLE;
            bodyFrom = headline.lineIndex() + 1;
        }
        Quality[] quality = judge(lines, features, site, marked);
        if (marked) {
            int[] blockSize = blockSizes(raw, lines);
            for (int i = 0; i < quality.length; i++) {
                LineFeatures f = features.get(i);
                if (quality[i] == Quality.NEAR_GOOD
                        || (quality[i] == Quality.SHORT && (f.text.startsWith("• ") || (f.punctuated && f.words >= 4)
                        || blockSize[i] >= LINE_BLOCK || Vocabulary.isSignOff(f.text, f.words) || loneProse(features, i)))) {
                    quality[i] = Quality.GOOD;
                }
            }
        }
        keepPreformatted(quality, lines, preformatted);
        shortArticle(quality, features, bodyFrom);
        String title = headline.title().length() < 10 ? null : Headline.comparable(headline.title());
        for (int i = bodyFrom; i < lines.size() && title != null; i++) {
            if (repeatsTitle(title, lines.get(i).text())) {
                roles[i] = LineRole.TITLE;
                quality[i] = Quality.BAD;
            }
        }
        int anchor = anchor(roles, bodyFrom, headline, marked);
        if (anchor >= 0) {
            quality[anchor] = Quality.GOOD;
        }
        inContext(quality, Math.max(bodyFrom - 1, 0));
        if (anchor >= 0) {
            quality[anchor] = Quality.BAD;
        }
        mainRegion(quality, lines, bodyFrom, MARKER_KEEP);
        StringBuilder text = new StringBuilder();
        for (int i = bodyFrom; i < lines.size(); i++) {
            if (quality[i] == Quality.GOOD) {
                roles[i] = LineRole.BODY;
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(lines.get(i).text());
            }
        }
        Evidence evidence = headline.lineIndex() >= 0 ? headline.evidence(raw, lines.get(headline.lineIndex())) : null;
        return new CleanedText(raw, headline.title(), evidence, text.toString(), lines, Arrays.asList(roles));
    }

    /** A line without a final stop reads as prose when this share of its words, at least {@value #PROSE_WORDS}, are function words. */
    private static final double PROSE_DENSITY = 0.3;
    private static final int PROSE_WORDS = 8;

    /**
     * Whether the line is prose that lost its final stop (a sentence ending on an emoticon, a bracket, a quotation)
     * standing alone: not among headline-like lines, where it would be one of a list of teasers, and free of chrome words.
     */
    private static boolean loneProse(List<LineFeatures> features, int i) {
        LineFeatures f = features.get(i);
        return f.words >= PROSE_WORDS && f.density() >= PROSE_DENSITY && !Vocabulary.hasChromePhrase(Vocabulary.lower(f.text))
                && (i == 0 || !features.get(i - 1).headlineLike()) && (i + 1 == features.size() || !features.get(i + 1).headlineLike());
    }

    /** Marks the lines that start inside a preformatted stretch as the article's; one pass over both, in order. */
    private static void keepPreformatted(Quality[] quality, List<Line> lines, List<Span> preformatted) {
        int s = 0;
        for (int i = 0; i < lines.size() && s < preformatted.size(); i++) {
            int start = lines.get(i).start();
            while (s < preformatted.size() && preformatted.get(s).end() <= start) {
                s++;
            }
            if (s < preformatted.size() && preformatted.get(s).start() <= start) {
                quality[i] = Quality.GOOD;
            }
        }
    }

    /** Inside a marked root, a block of this many lines broken by single newlines is a list (ingredients, facts). */
    private static final int LINE_BLOCK = 5;

    /** For each line, how many lines its block has: lines broken by a single newline (a br) share a block. */
    private static int[] blockSizes(String raw, List<Line> lines) {
        int[] size = new int[lines.size()];
        int start = 0;
        for (int i = 1; i <= lines.size(); i++) {
            boolean sameBlock = i < lines.size()
                    && raw.substring(lines.get(i - 1).end(), lines.get(i).start()).chars().filter(c -> c == '\n').count() == 1;
            if (!sameBlock) {
                java.util.Arrays.fill(size, start, i, i - start);
                start = i;
            }
        }
        return size;
    }

    /**
     * The line that marks where the article starts: the headline's repeat just below it (the heading over
     * the article, under a document title), else the headline when something stands above it. Short lines
     * between it and the first paragraph belong to the article (a standfirst, a list), not to the header.
     * Returns -1 when nothing marks the start.
     */
    private static int anchor(LineRole[] roles, int bodyFrom, Headline headline, boolean marked) {
        int anchor = -1;
        for (int i = bodyFrom; i < Math.min(roles.length, bodyFrom + 12); i++) {
            if (roles[i] == LineRole.TITLE) {
                anchor = i;
            }
        }
        return anchor < 0 && (headline.lineIndex() > 0 || marked && headline.lineIndex() == 0) ? headline.lineIndex() : anchor;
    }

    /** Whether the line is the headline again, or ends with it after a short label; {@code title} is comparable. */
    private static boolean repeatsTitle(String title, String line) {
        if (line.length() > 2 * title.length() + 2 * REPEAT_LABEL) {
            return false;   // far too long to be the headline with a label before it
        }
        String l = Headline.comparable(line);
        return l.equals(title) || (l.endsWith(title) && l.length() - title.length() < REPEAT_LABEL);
    }

    private static final int REPEAT_LABEL = 60;

    /**
     * A text with no paragraph long enough to vouch for its neighbours, whose best lines are whole sentences: a short
     * article (a brief, a wire snap), its sentences kept, not an empty page. A text of at most {@value #BRIEF_LINES}
     * lines with none of those keeps its whole sentences of {@value #BRIEF_SENTENCE} characters or more that are not
     * chrome, however few function words they have ("French police say armed robbers …"): a one-line brief is an
     * article, where a page of navigation has many lines.
     */
    private static void shortArticle(Quality[] quality, List<LineFeatures> features, int bodyFrom) {
        boolean nearGood = false;
        for (int i = bodyFrom; i < quality.length; i++) {
            if (quality[i] == Quality.GOOD) {
                return;
            }
            nearGood |= quality[i] == Quality.NEAR_GOOD;
        }
        boolean brief = !nearGood && quality.length - bodyFrom <= BRIEF_LINES;
        for (int i = bodyFrom; i < quality.length; i++) {
            LineFeatures f = features.get(i);
            if (quality[i] == Quality.NEAR_GOOD
                    || brief && quality[i] == Quality.SHORT && f.sentenceEnd && f.chars >= BRIEF_SENTENCE) {
                quality[i] = Quality.GOOD;
            }
        }
    }

    private static final int BRIEF_LINES = 3;
    private static final int BRIEF_SENTENCE = 40;

    private Quality[] judge(List<Line> lines, List<LineFeatures> features, String site, boolean marked) {
        Quality[] q = new Quality[lines.size()];
        boolean known = inKnownLanguage(features);
        for (int i = 0; i < q.length; i++) {
            LineFeatures f = features.get(i);
            double density = known ? f.density() : UNKNOWN_LANGUAGE_DENSITY;
            // inside a marked article, figures are data and a line that trails off is the writer's, not a teaser
            boolean chrome = f.forcedChrome && !(marked && f.numeric) || f.chromePhrase || f.teaser() && !marked;
            if (chrome || profile.isChrome(site, lines.get(i).text())) {
                q[i] = Quality.BAD;
            } else if (f.cjk) {
                q[i] = f.cjkProse() ? Quality.GOOD : Quality.SHORT;
            } else if (density >= 0.22 && f.chars >= 80 && (f.sentenceEnd || f.chars >= 200)) {
                q[i] = Quality.GOOD;
            } else if (f.sentenceEnd && f.chars >= 40 && density >= 0.12) {
                q[i] = Quality.NEAR_GOOD;
            } else if (f.chars >= 200 && density < 0.08) {
                q[i] = Quality.BAD;
            } else {
                q[i] = Quality.SHORT;
            }
        }
        // Runs of headline-like lines with no paragraph between them are teaser and link lists; inside a
        // marked root they are the article's own lists and subheadings far more often (measured on extraction-dev).
        int i = 0;
        while (i < q.length && !marked) {
            int j = i;
            while (j < q.length && q[j] != Quality.BAD && features.get(j).headlineLike()) {
                j++;
            }
            if (j - i >= 2) {
                for (int k = i; k < j; k++) {
                    q[k] = Quality.BAD;
                }
            }
            i = Math.max(j, i + 1);
        }
        // A label that introduces a list ("Read more on ...:") takes the list with it.
        for (int k = 0; k + 1 < q.length; k++) {
            if (q[k] == Quality.BAD && features.get(k).chromePhrase && lines.get(k).text().endsWith(":")) {
                for (int m = k + 1; m < q.length && features.get(m).headlineLike(); m++) {
                    q[m] = Quality.BAD;
                }
            }
        }
        return q;
    }

    /**
     * The density of function words a line is judged by when the text is in a language whose function words
     * the vocabulary does not know (Finnish, Arabic, Russian): length and sentence form decide alone.
     */
    private static final double UNKNOWN_LANGUAGE_DENSITY = 0.22;

    /** Whether the long lines of the text use the vocabulary's function words at all. */
    private static boolean inKnownLanguage(List<LineFeatures> features) {
        long words = 0;
        long function = 0;
        for (LineFeatures f : features) {
            if (f.chars >= 80 && !f.cjk) {
                words += f.words;
                function += f.functionWords;
            }
        }
        return words < 30 || function >= words * 0.04;
    }

    /** Dropped lines a run of article lines may span (a teaser list inside the article). */
    private static final int GAP = 5;
    /** A run of article lines stays when it has this share of the largest run's text... */
    private static final double KEEP = 0.1;
    /** ...or this share, when it comes after a heading that closes articles ("Related", "Comments"). */
    private static final double MARKER_KEEP = 0.5;

    /**
     * Keeps the article's region: runs of kept lines joined across gaps of a few dropped lines (a teaser
     * list inside an article), and of those the run with the most text. Comment forms, author boxes and
     * footers after a wide gap go.
     */
    private static void mainRegion(Quality[] q, List<Line> lines, int from, double markerKeep) {
        List<int[]> runs = new java.util.ArrayList<>();
        int start = -1;
        int lastGood = -1;
        java.util.BitSet afterMarker = new java.util.BitSet();
        for (int i = from; i < q.length; i++) {
            if (Vocabulary.isEndMarker(lines.get(i).text()) && start >= 0) {
                runs.add(new int[] {start, lastGood});
                start = -1;
                afterMarker.set(runs.size());
                q[i] = Quality.BAD;   // the heading that closes the article is not part of it
                continue;
            }
            if (q[i] != Quality.GOOD) {
                continue;
            }
            if (start < 0 || i - lastGood - 1 > GAP) {
                if (start >= 0) {
                    runs.add(new int[] {start, lastGood});
                }
                start = i;
            }
            lastGood = i;
        }
        if (start >= 0) {
            runs.add(new int[] {start, lastGood});
        }
        if (runs.size() < 2) {
            return;
        }
        long[] size = new long[runs.size()];
        long max = 0;
        for (int r = 0; r < runs.size(); r++) {
            for (int i = runs.get(r)[0]; i <= runs.get(r)[1]; i++) {
                if (q[i] == Quality.GOOD) {
                    size[r] += lines.get(i).text().length();
                }
            }
            max = Math.max(max, size[r]);
        }
        for (int r = 0; r < runs.size(); r++) {
            double keep = afterMarker.get(r) ? markerKeep : KEEP;
            if (size[r] < max && size[r] < keep * max) {
                for (int i = runs.get(r)[0]; i <= runs.get(r)[1]; i++) {
                    q[i] = Quality.BAD;
                }
            }
        }
    }

    /** Settles short and near-good lines by their nearest settled neighbours; the page edges count as chrome. */
    private static void inContext(Quality[] q, int from) {
        Quality[] settled = q.clone();
        for (int i = from; i < q.length; i++) {
            if (q[i] == Quality.SHORT) {
                Quality prev = neighbour(q, i, -1, from);
                Quality next = neighbour(q, i, +1, from);
                boolean prevGood = prev == Quality.GOOD || prev == Quality.NEAR_GOOD;
                boolean nextGood = next == Quality.GOOD || next == Quality.NEAR_GOOD;
                boolean headingOfNext = nextGood && i + 1 < q.length && q[i + 1] != Quality.BAD;
                settled[i] = (prevGood && nextGood) || (headingOfNext && prev == Quality.BAD && next == Quality.GOOD
                        && i + 1 < q.length && q[i + 1] == Quality.GOOD) ? Quality.GOOD : Quality.BAD;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = from; i < q.length; i++) {
                if (settled[i] == Quality.NEAR_GOOD && (neighbour(settled, i, -1, from) == Quality.GOOD
                        || neighbour(settled, i, +1, from) == Quality.GOOD)) {
                    settled[i] = Quality.GOOD;
                    changed = true;
                }
            }
        }
        for (int i = from; i < q.length; i++) {
            if (settled[i] == Quality.NEAR_GOOD) {
                settled[i] = Quality.BAD;
            }
        }
        System.arraycopy(settled, from, q, from, q.length - from);
    }

    private static Quality neighbour(Quality[] q, int i, int step, int from) {
        for (int k = i + step; k >= from && k < q.length; k += step) {
            if (q[k] != Quality.SHORT) {
                return q[k];
            }
        }
        return Quality.BAD;
    }
}
