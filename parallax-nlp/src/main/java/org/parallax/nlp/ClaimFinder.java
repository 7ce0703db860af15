package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Claim;
import org.parallax.model.Mention;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.TimeExpression;

/**
 * Finds the factual statements of an article, clause by clause: each sentence of its reporting (not a headline, a
 * caption or a question) is cut at semicolons and at a ", but" that joins two clauses, and a clause is a claim when it
 * names someone or something, states a number or gives a date: who did what, said what, when, how many. Commentary
 * with none of these ("It was a difficult day.") is not a claim. One pass over the sentences, linear in the text's
 * length; no model.
 */
final class ClaimFinder {
    private static final int MIN_WORDS = 5;
    private static final int MAX_WORDS = 90;

    /** Numbers as digits, with a currency, a unit of scale or a percent. */
    private static final Pattern DIGITS = Pattern.compile(
            "[$€£¥]?\\d(?:[\\d,.]*\\d)?(?:\\s?(?:%|percent\\b|per cent\\b|million\\b|billion\\b|trillion\\b|thousand\\b|bn\\b|m\\b))?");
    /** Numbers as words (not "one", which is mostly a pronoun). */
    private static final Pattern WORDS = Pattern.compile("(?i)\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\\b(?:[- ](?:one|two|three|four|five|six|seven|eight"
            + "|nine|hundred|thousand|million|billion))*");
    /** A dateline: a place in capitals, maybe a day, maybe an outlet in brackets, then a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,[^—–()\\n]{1,40})?\\s*(?:\\([^)\\n]{1,60}\\))?\\s*(?:—|–|--|-)\\s+");
    /** Words that join two clauses after a comma. */
    private static final Set<String> JOINS = Set.of("but", "while", "whereas");

    List<Claim> find(String text, List<Sentence> sentences, ArticleEntities entities, List<TimeExpression> times) {
        List<Span> mentions = new ArrayList<>();
        for (ArticleEntities.Found f : entities.entities()) {
            for (Mention m : f.mentions()) {
                mentions.add(new Span(m.start(), m.end()));
            }
        }
        mentions.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> dates = new ArrayList<>();
        for (TimeExpression t : times) {
            if (t.type() == TimeExpression.Type.DATE || t.type() == TimeExpression.Type.TIME) {
                dates.add(t.span());
            }
        }
        Cursor actorsAt = new Cursor(mentions);
        Cursor datesAt = new Cursor(dates);
        List<Claim> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!reports(text, s.span())) {
                continue;
            }
            for (Span clause : clauses(text, withoutDateline(text, s.span()))) {
                int words = words(text, clause);
                if (words < MIN_WORDS || words > MAX_WORDS) {
                    continue;
                }
                List<Span> actors = actorsAt.inside(clause);
                List<Span> numbers = numbers(text, clause, dates);
                List<Span> when = datesAt.inside(clause);
                if (!actors.isEmpty() || !numbers.isEmpty() || !when.isEmpty()) {
                    out.add(new Claim(clause, actors, numbers, when));
                }
            }
        }
        return out;
    }

    /** A sentence of the reporting: it ends with a full stop or an exclamation (a closing mark may follow), not a question. */
    private static boolean reports(String text, Span s) {
        int end = s.end();
        while (end > s.start() && (Character.isWhitespace(text.charAt(end - 1)) || QuoteMarks.isMark(text.charAt(end - 1))
                || text.charAt(end - 1) == ')')) {
            end--;
        }
        return end > s.start() && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '!' || text.charAt(end - 1) == '…');
    }

    /** A report's opening sentence without its dateline ("PORT AVERILL (Coastline Wire) — ", "LONDON, March 3 (Reuters) - "). */
    private static Span withoutDateline(String text, Span s) {
        Matcher m = DATELINE.matcher(text).region(s.start(), Math.min(s.end(), s.start() + 120));
        return m.lookingAt() && m.end() < s.end() ? new Span(m.end(), s.end()) : s;
    }

    /** The sentence cut at semicolons and at ", but" / ", while" / ", whereas", each part trimmed. */
    private static List<Span> clauses(String text, Span s) {
        List<Span> out = new ArrayList<>();
        int from = s.start();
        for (int i = s.start(); i < s.end(); i++) {
            char c = text.charAt(i);
            int cut = -1;
            int next = -1;
            if (c == ';') {
                cut = i;
                next = i + 1;
            } else if (c == ',') {
                int w = i + 1;
                while (w < s.end() && text.charAt(w) == ' ') {
                    w++;
                }
                int e = w;
                while (e < s.end() && Character.isLetter(text.charAt(e))) {
                    e++;
                }
                if (e > w && JOINS.contains(text.substring(w, e).toLowerCase(java.util.Locale.ROOT))) {
                    cut = i;
                    next = e;
                }
            }
            if (cut >= 0 && words(text, new Span(from, cut)) >= MIN_WORDS && words(text, new Span(next, s.end())) >= MIN_WORDS) {
                out.add(trim(text, from, cut));
                from = next;
            }
        }
        out.add(trim(text, from, s.end()));
        return out;
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static int words(String text, Span s) {
        int n = 0;
        boolean in = false;
        for (int i = s.start(); i < s.end(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    /** The numbers a clause states, outside its dates (the "2023" of "March 1, 2023" is a date, not an amount). */
    private static List<Span> numbers(String text, Span clause, List<Span> dates) {
        List<Span> out = new ArrayList<>();
        for (Pattern p : new Pattern[] {DIGITS, WORDS}) {
            Matcher m = p.matcher(text).region(clause.start(), clause.end());
            while (m.find()) {
                Span n = new Span(m.start(), m.end());
                if (!inside(n, dates) && !(p == DIGITS && m.start() > 0 && Character.isLetter(text.charAt(m.start() - 1)))) {
                    out.add(n);
                }
            }
        }
        out.sort(Comparator.comparingInt(Span::start).thenComparingInt(n -> -n.end()));
        List<Span> kept = new ArrayList<>();
        for (Span n : out) {
            if (kept.isEmpty() || kept.get(kept.size() - 1).end() <= n.start()) {
                kept.add(n);
            }
        }
        return kept;
    }

    private static boolean inside(Span n, List<Span> dates) {
        int lo = 0;
        int hi = dates.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span d = dates.get(mid);
            if (d.end() <= n.start()) {
                lo = mid + 1;
            } else if (d.start() >= n.end()) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Walks sorted spans forward as the clauses advance through the text. */
    private static final class Cursor {
        private final List<Span> spans;
        private int at;

        Cursor(List<Span> spans) {
            this.spans = spans;
        }

        List<Span> inside(Span clause) {
            while (at < spans.size() && spans.get(at).start() < clause.start()) {
                at++;
            }
            List<Span> out = new ArrayList<>();
            for (int i = at; i < spans.size() && spans.get(i).start() < clause.end(); i++) {
                if (spans.get(i).end() <= clause.end()) {
                    out.add(spans.get(i));
                }
            }
            return out;
        }
    }
}
