package org.parallax.metadata;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.clean.Line;

/**
 * Finds the outlet an article credits as the origin of its text: a credit line ("Source: bbc",
 * "Quelle: dpa"), or a wire dateline at the start of the text ("LONDON (Reuters) -", "(AP) —").
 */
final class Syndication {
    private static final Pattern CREDIT = Pattern.compile(
            "(?iu)^(?:source|sources|quelle|fuente|źródło|origin|via)\\s*:\\s*(?<name>[\\p{L}][\\p{L}\\p{N} .&'-]{0,40}?)\\.?$");
    private static final Pattern WIRE = Pattern.compile(
            "^(?:[\\p{Lu}][\\p{Lu}\\p{L} .,'-]{0,60}\\s)?\\((?<name>[\\p{L}][\\p{L} .&-]{0,24})\\)\\s*(?:-{1,2}|—|–|:)\\s");

    private Syndication() {
    }

    /** The credited origin, or null. */
    static String find(List<Line> lines, String body) {
        for (Line line : lines) {
            Matcher m = CREDIT.matcher(line.text());
            if (m.matches()) {
                return outletName(m.group("name"));
            }
        }
        Matcher m = WIRE.matcher(body.length() > 200 ? body.substring(0, 200) : body);
        if (m.find()) {
            return outletName(m.group("name"));
        }
        return null;
    }

    /** Whether a line credits another source for the text ("Source: bbc"). */
    static boolean creditsSource(List<Line> lines) {
        return lines.stream().anyMatch(line -> CREDIT.matcher(line.text()).matches());
    }

    /** Whether two outlet names (or a name and a host name) mean the same outlet. */
    static boolean sameOutlet(String a, String b) {
        String x = key(a);
        String y = key(b);
        return !x.isEmpty() && (x.equals(y) || y.startsWith(x + ".") || x.startsWith(y + "."));
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.]", "");
    }

    /** An outlet name as people write it: short lower-case names are acronyms ("bbc" → "BBC"). */
    static String outletName(String raw) {
        String name = raw.strip();
        if (name.equals(name.toLowerCase(Locale.ROOT)) || name.equals(name.toUpperCase(Locale.ROOT))) {
            if (name.length() <= 4 && !name.contains(" ")) {
                return name.toUpperCase(Locale.ROOT);
            }
            StringBuilder sb = new StringBuilder();
            for (String word : name.toLowerCase(Locale.ROOT).split(" ")) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
            return sb.toString();
        }
        return name;
    }
}
