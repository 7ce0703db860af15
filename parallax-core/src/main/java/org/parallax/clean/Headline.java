package org.parallax.clean;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import org.parallax.metadata.DateText;
import org.parallax.model.Evidence;

/**
 * The headline of a scraped page: the first headline-like line, with a breadcrumb trail in front of
 * it ("Home News Headline" above a plain "Headline") or a site or section label behind it
 * ("Headline | Section", "Headline - Site") taken off.
 *
 * @param title     the headline
 * @param lineIndex the line it stands on, or -1 when it stands on none
 */
record Headline(String title, int lineIndex) {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—\\-:·»/]{1,2}\\s+|\\s+::\\s+");
    private static final int WINDOW = 40;

    static final Headline NONE = new Headline("", -1);

    Evidence evidence(String raw, Line line) {
        int start = line.start() + offsetInRaw(raw, line);
        int end = Math.min(line.end(), start + title.length());
        return Evidence.of(raw, start, end);
    }

    private int offsetInRaw(String raw, Line line) {
        int at = raw.substring(line.start(), line.end()).indexOf(title);
        return at >= 0 ? at : 0;
    }

    static Headline find(List<Line> lines, List<LineFeatures> features, String knownTitle) {
        int limit = Math.min(lines.size(), WINDOW);
        if (knownTitle != null && !knownTitle.isBlank()) {
            String known = comparable(knownTitle);
            for (int i = 0; i < limit && !isProse(features.get(i)); i++) {
                String line = comparable(lines.get(i).text());
                if (line.equals(known) || (line.endsWith(known) && line.length() - known.length() <= 60
                        && !known.isEmpty() && !features.get(i).punctuated)) {
                    return new Headline(knownTitle.strip(), i);
                }
            }
            return new Headline(knownTitle.strip(), -1);
        }
        // A headline that the page repeats (the document title, then the heading over the article).
        for (int i = 0; i < limit && !isProse(features.get(i)); i++) {
            String title = withoutLabel(lines.get(i).text());
            String key = comparable(title);
            if (key.length() < 8 || features.get(i).forcedChrome) {
                continue;
            }
            for (int k = i + 1; k < limit && !isProse(features.get(k)); k++) {
                if (comparable(lines.get(k).text()).equals(key)) {
                    return new Headline(lines.get(k).text(), k);
                }
            }
        }
        Headline breadcrumbed = breadcrumbed(lines, features, limit);
        if (breadcrumbed != null) {
            return breadcrumbed;
        }
        Headline abovePose = aboveFirstParagraph(lines, features, limit);
        if (abovePose != null) {
            return abovePose;
        }
        for (int i = 0; i < limit && !isProse(features.get(i)); i++) {
            if (candidate(features.get(i)) && !(features.get(i).punctuated && lastWithWords(features, i))) {
                return labelled(lines.get(i), i);
            }
        }
        return NONE;
    }

    /** A line that ends with a later line: it is a breadcrumb trail, and the later line the headline. */
    private static Headline breadcrumbed(List<Line> lines, List<LineFeatures> features, int limit) {
        for (int i = 0; i < limit && !isProse(features.get(i)); i++) {
            if (!candidate(features.get(i))) {
                continue;
            }
            String text = comparable(lines.get(i).text());
            for (int k = i + 1; k < Math.min(limit, i + 8); k++) {
                String later = lines.get(k).text();
                if (later.length() >= 15 && later.length() < lines.get(i).text().length()
                        && text.endsWith(comparable(later)) && candidate(features.get(k))) {
                    return new Headline(later, k);
                }
            }
        }
        return null;
    }

    /** The headline-like line just above the first paragraph, past datelines, bylines and widgets. */
    private static Headline aboveFirstParagraph(List<Line> lines, List<LineFeatures> features, int limit) {
        for (int p = 0; p < limit; p++) {
            if (!isProse(features.get(p))) {
                continue;
            }
            for (int k = p - 1; k >= 0; k--) {
                LineFeatures f = features.get(k);
                if (candidate(f) && !f.punctuated) {
                    return labelled(lines.get(k), k);
                }
                if (!f.forcedChrome && !DateText.isTimestamp(f.text) && !(f.words <= 2 && f.punctuated)
                        && !isBullet(f.text)) {
                    return null;
                }
            }
            return null;
        }
        return null;
    }

    /** Whether no line after line {@code i} has words: a sentence standing last is the body, not its headline. */
    private static boolean lastWithWords(List<LineFeatures> features, int i) {
        for (int k = i + 1; k < features.size(); k++) {
            if (features.get(k).words > 0) {
                return false;
            }
        }
        return true;
    }

    private static Headline labelled(Line line, int index) {
        String title = withoutLabel(line.text());
        return new Headline(title, index);
    }

    /** Navigation: three or more short items between separators. */
    private static boolean isMenu(String text) {
        String[] parts = SEPARATOR.split(text);
        if (parts.length < 3) {
            return false;
        }
        for (String part : parts) {
            if (part.strip().split("\\s+").length > 3) {
                return false;
            }
        }
        return true;
    }

    private static boolean isProse(LineFeatures f) {
        return f.chars > 250 || (f.punctuated && f.words >= 15);
    }

    private static boolean candidate(LineFeatures f) {
        return f.words >= 3 && f.words <= 40 && f.chars >= 15 && !f.forcedChrome && !f.chromePhrase && !f.teaser()
                && !f.text.endsWith(":") && !isMenu(f.text) && !DateText.isTimestamp(f.text) && !isBullet(f.text);
    }

    /** A point of a list ("• Talks to resume in May"): the summary under a headline, never the headline itself. */
    private static boolean isBullet(String text) {
        return !text.isEmpty() && "•▪◦‣●■►–-*".indexOf(text.charAt(0)) >= 0;
    }

    /** The site or section label behind (or before) a headline, or null when it has none. */
    static String label(String text) {
        String title = withoutLabel(text);
        if (title.equals(text)) {
            return null;
        }
        String rest = text.replace(title, "").replaceAll("^[\\s|–—\\-:·»/]+|[\\s|–—\\-:·»/]+$", "").strip();
        return rest.isEmpty() || rest.split("\\s+").length > 5 ? null : rest;
    }

    /** Takes a site or section label off a headline: the longest of its separated parts, when the rest are short. */
    static String withoutLabel(String text) {
        String[] parts = SEPARATOR.split(text);
        if (parts.length < 2) {
            return text;
        }
        int best = 0;
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() > parts[best].length()) {
                best = i;
            }
        }
        for (int i = 0; i < parts.length; i++) {
            if (i != best && parts[i].split("\\s+").length > 5) {
                return text;
            }
        }
        return parts[best].length() >= 15 ? parts[best].strip() : text;
    }

    /** A form for comparing headlines: letters and digits only, lower case, quotes and accents folded. */
    static String comparable(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
