package org.parallax.clean;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import org.parallax.model.Evidence;

/**
 * The headline of a scraped page: the first headline-like line, with a breadcrumb trail in front of
 * it ("Home News Headline" above a plain "Headline") or a site or section label behind it
 * ("Headline | Section", "Headline - Site") taken off.
 *
 * @param title     the headline
 * @param lineIndex the line it stands on, or -1 when it stands on none
 * @param offset    where the headline starts within that line
 */
record Headline(String title, int lineIndex, int offset) {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—\\-:·»/]{1,2}\\s+|\\s+::\\s+");
    private static final int WINDOW = 40;

    static final Headline NONE = new Headline("", -1, 0);

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
            for (int i = 0; i < limit; i++) {
                String line = comparable(lines.get(i).text());
                if (line.equals(known) || line.endsWith(known)) {
                    return new Headline(knownTitle.strip(), i, lines.get(i).text().length() - knownTitle.strip().length());
                }
            }
            return new Headline(knownTitle.strip(), -1, 0);
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
                    return new Headline(lines.get(k).text(), k, 0);
                }
            }
        }
        for (int i = 0; i < limit; i++) {
            LineFeatures f = features.get(i);
            if (isProse(f)) {
                return NONE;
            }
            if (!candidate(f)) {
                continue;
            }
            String text = lines.get(i).text();
            // A later line that this one ends with: this one is a breadcrumb trail before the headline.
            for (int k = i + 1; k < Math.min(limit, i + 8); k++) {
                String later = lines.get(k).text();
                if (later.length() >= 15 && later.length() < text.length()
                        && comparable(text).endsWith(comparable(later))) {
                    return new Headline(later, k, 0);
                }
            }
            String title = withoutLabel(text);
            return new Headline(title, i, Math.max(0, text.indexOf(title)));
        }
        return NONE;
    }

    private static boolean isProse(LineFeatures f) {
        return f.chars > 250 || (f.sentenceEnd && f.words > 25);
    }

    private static boolean candidate(LineFeatures f) {
        return f.words >= 3 && f.words <= 40 && f.chars >= 15 && !f.forcedChrome && !f.chromePhrase && !f.teaser()
                && !f.text.endsWith(":");
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
