package org.parallax.nlp;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parallax.metadata.DateText;
import org.parallax.model.Article;
import org.parallax.model.InferredDate;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.TimeExpression;
import org.parallax.model.TimeExpression.Anchor;
import org.parallax.nlp.TimeGrammar.Context;
import org.parallax.nlp.TimeGrammar.Reading;
import org.parallax.nlp.TimeGrammar.Resolved;
import org.parallax.nlp.TimeValues.Direction;
import org.parallax.nlp.TimeValues.Unit;

/**
 * Finds an article's time expressions and gives each its TimeML value, reckoned from the article's publication
 * date: rules over tokens ({@link TimeGrammar}), one pass, linear in the text's length, deterministic, no model.
 *
 * <p>A relative expression is reckoned from a date chosen by its place in the text:
 * <ul>
 * <li>the article's date, by default: "last month" in an article of 1 March 2023 is {@code 2023-02};</li>
 * <li>a weekday is the latest such day on or before that date, unless its clause speaks of the future ("will",
 * "is to", "scheduled", "would"), when it is the first on or after it; and when a day was named earlier in the same
 * sentence, a weekday in the future is reckoned from that day, as a report shifts the time it speaks from ("on
 * Friday confirmed that Xi will visit Russia Monday through Wednesday": the Monday after that Friday);</li>
 * <li>"that day", "the following year", "a year earlier", "the previous Friday" are reckoned from the last date
 * the text named before them;</li>
 * <li>"the quarter", "the year-earlier period", and "a year earlier" where a sentence speaks of quarters, from
 * a quarter named by its number earlier in their sentence, else the first recent quarter the text named (else the
 * last quarter that ended before the article's date);</li>
 * <li>a clock time with no day beside it is an hour of the day named before it in its sentence, else of a day its
 * sentence names after it with no verb of saying between ("shot at 10 p.m. as he stood in his garden on Saturday"),
 * else of the text's last day, else of the article's;</li>
 * <li>a day reckoned from the text with a date written beside it ("the next day, Sept. 15") is that date.</li>
 * </ul>
 * The tense of a clause is read from the nearest tense word around the expression (a modal, an auxiliary, a verb
 * in the past, a verb of a plan in the present: "the ministers meet Thursday").
 *
 * <p>An article with no date keeps its relative expressions unresolved, their unknown parts written as {@code X}s
 * ("on Wednesday" is {@code XXXX-WXX-3}, "last month" {@code XXXX-XX}) and their anchor
 * {@link Anchor#UNRESOLVED}: TimeML's own way to say a value is underspecified, which a scorer counts as a wrong
 * value rather than a missing expression (TempEval-3 scores the extent apart from the value), and which never
 * gives a false date; the corpus may reckon them again once the article's story dates it
 * ({@link #find(Article, LocalDate)}).
 */
public final class TimeFinder {
    /** Words that mark a clause as speaking of the future. */
    private static final Set<String> FUTURE = Set.of("will", "shall", "would", "could", "might", "scheduled", "slated",
            "upcoming", "tomorrow", "soon", "next", "ahead", "plans", "planned", "planning", "postponed", "delayed");

    /**
     * Words of {@link #FUTURE} that after a determiner are adjectives of a noun ("a scheduled interview", "the upcoming
     * election"): the clause's verb tells its tense.
     */
    private static final Set<String> PLANNED = Set.of("scheduled", "slated", "planned", "postponed", "delayed", "upcoming");

    /** Words that mark a clause as speaking of the future when "to" follows them ("plans to", "is set to"). */
    private static final Set<String> FUTURE_TO = Set.of("expected", "expects", "expect", "plans", "plan", "planned",
            "planning", "intends", "intend", "intended", "due", "set", "aims", "hopes", "hope", "seeks", "going", "likely",
            "about", "ready", "poised", "preparing", "prepared", "vowed", "promised", "agreed", "decided", "wants", "wanted");

    /** Quotation marks: what a speaker says is not the tense of the clause that reports it. */
    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "«", "»", "'");

    /** Words that end the clause the tense is read from, after an expression. */
    private static final Set<String> CLAUSE_ENDS = Set.of("and", "but", "while", "when", "as", "who", "which", "that",
            "because", "after", "before", "since", "if", "where", ",", ";", "(", ":");

    /** Verbs in the past that do not end in -ed. */
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "said", "told", "ago", "yesterday", "met",
            "made", "went", "came", "took", "gave", "saw", "held", "began", "lost", "left", "sent", "led", "struck",
            "fell", "rose", "got", "found", "spoke", "wrote", "paid", "sold", "bought", "brought", "thought", "ran", "hit",
            "kept", "fought", "flew", "became", "broke", "chose", "drew", "drove", "ate", "felt", "forgot", "grew", "heard",
            "knew", "meant", "shot", "stood", "stole", "swore", "taught", "threw", "understood", "woke", "wore", "won",
            "last", "earlier", "former", "previously", "already", "arose", "overtook", "withdrew", "undertook", "spent",
            "sought", "sank", "slid", "split", "quit", "hid", "bore", "beat", "bid", "dealt", "fled", "froze", "hung",
            "lay", "lit", "rang", "rode", "sang", "shook", "shut", "sat", "slept", "spun", "swam", "tore", "wept",
            "didn", "wasn", "weren", "hadn", "couldn");

    /** Words ending in -ed that are not verbs in the past, or that speak of the future. */
    private static final Set<String> NOT_PAST = Set.of("need", "needed", "indeed", "speed", "red", "hundred", "bed", "seed",
            "feed", "deed", "bleed", "breed", "proceed", "succeed", "exceed", "weed", "greed", "shed", "wed", "fed", "led",
            "scheduled", "expected", "planned", "slated", "proposed", "intended", "called", "based", "united", "limited", "related", "detailed", "advanced", "concerned",
            "interested", "supposed", "used", "fixed", "mixed", "varied", "alleged", "continued", "increased", "reduced",
            "armed", "assumed", "balanced", "biased", "closed", "combined", "committed", "complicated", "considered",
            "developed", "dedicated", "educated", "elected", "embedded", "established", "experienced", "extended",
            "informed", "isolated", "licensed", "married", "marked", "naked", "occupied", "organized",
            "qualified", "registered", "reserved", "retired", "sacred", "skilled", "sophisticated", "talented", "tired",
            "trusted", "unexpected", "unprecedented", "wicked", "wretched", "beloved", "crooked", "rugged");

    /**
     * Verbs of a scheduled event in the present tense: news tells what is planned this way ("the ministers meet
     * Thursday", "the trial opens in March"), so they mark the clause as speaking of the future. Those that are also
     * nouns count only where no determiner, preposition, number or "to" stands before them.
     */
    private static final Set<String> PRESENT_OF_PLANS = Set.of("meets", "meet", "begins", "begin", "opens", "travels",
            "arrives", "arrive", "departs", "depart", "leaves", "resumes", "resume", "convenes", "convene",
            "reconvenes", "reconvene", "testifies", "testify", "expires", "expire", "flies", "visits", "continues",
            "continue", "heads", "goes", "go", "hosts", "faces", "votes", "vote", "unveils", "kicks", "happens", "happen",
            "starts", "start", "ends", "takes", "closes", "lands", "returns", "return", "airs", "premieres", "launches",
            "concludes", "hears", "hear", "holds", "hold", "wraps");

    /**
     * Words that tell of a plan after a present "is" or "are" ("the verdict is expected Monday", "the report is due
     * Friday", "the vote is set for Tuesday", "the president is heading to Ohio on Friday"): the clause speaks of the future.
     */
    private static final Set<String> PLANNED_AFTER_IS = Set.of("expected", "due", "set", "heading", "headed", "traveling",
            "travelling", "flying", "meeting", "visiting", "leaving", "returning");

    /** Words before a verb of {@link #PRESENT_OF_PLANS} that make it no verb in the present tense. */
    private static final Set<String> NOT_BEFORE_PRESENT = Set.of("to", "do", "does", "did", "not", "t", "of", "for", "in",
            "on", "at", "after", "before", "s", "'", "’", "first", "next", "last", "official", "state");

    /**
     * Verbs of {@link #PRESENT_OF_PLANS} that before "to" take an infinitive and tell of no plan ("he continues to expect",
     * "prices begin to fall"), unlike "heads to Paris".
     */
    private static final Set<String> BEFORE_INFINITIVE = Set.of("continues", "continue", "begins", "begin", "starts", "start");

    /** Verbs that grant time until a deadline: what they grant lies ahead even when told in the past. */
    private static final Set<String> DEADLINE_GRANTED = Set.of("gave", "given", "granted", "allowed", "extended");

    /** How far before "until" a verb in the past is looked for: "did not search the station until October". */
    private static final int UNTIL_REACH = 8;

    /** Auxiliaries that make a participle after them a verb in the past ("was attacked by"). */
    private static final Set<String> AUXILIARIES_OF_PAST = Set.of("was", "were", "had", "been");

    /** Words before a noun phrase: a word in -ed after one of them (and its adverbs) is an adjective ("a still unspecified date"). */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "his", "her", "their", "our", "your", "my",
            "this", "these", "those", "each", "every", "no", "any", "some");

    /** Words that make a sentence (and the two after it) speak of quarters and periods of a year. */
    private static final Set<String> QUARTER_TALK = Set.of("quarter", "quarters", "quarterly", "qtr");

    /** Units after "the next" that name a time after one the text told of ("the next day"), not one ahead of today. */
    private static final Set<String> RECKONED_FROM_TEXT = Set.of("day", "morning", "afternoon", "evening", "night", "week",
            "month", "year");

    /** How many tokens after a clock time with no day of its own a day of its sentence may stand and still be its day. */
    private static final int CLOCK_DAY_REACH = 15;

    /** Verbs of saying: a day after one is the day a thing was told, not the day of what is told ("police said Sunday"). */
    private static final Set<String> SAYING = Set.of("said", "says", "say", "told", "tells", "added", "stated", "reported",
            "announced", "confirmed", "disclosed", "revealed", "testified", "wrote", "acknowledged", "explained");

    /**
     * Whether a verb of saying stands between a clock time and a day after it ({@code from..to}): the day is then that
     * of a telling or of what is told ("shot at 10 p.m., police said Sunday"; "at 10 a.m. officials said the vote is
     * Tuesday"), not the clock time's.
     */
    private static boolean toldBetween(TimeTokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (SAYING.contains(t.lower[k]) || t.is(k, ";")) {
                return true;
            }
        }
        return false;
    }

    /** The sentence index of a thing not seen yet: far enough back that no distance from it counts as near, and no subtraction overflows. */
    private static final int NEVER = -1_000_000;

    /** The time expressions of an article, reckoned from its publication date (unresolved when it has none). */
    public List<TimeExpression> find(Article article) {
        return find(article.text(), Sentences.split(article.text()), dateOf(article), Anchor.ARTICLE);
    }

    /**
     * The time expressions of an article, reckoned from a date its story gives it: for an article with no date of its
     * own, whose relative expressions then take {@link Anchor#STORY} as their anchor.
     */
    public List<TimeExpression> find(Article article, LocalDate storyDate) {
        return find(article.text(), Sentences.split(article.text()), storyDate, Anchor.STORY);
    }

    /**
     * The time expressions of an undated article, reckoned from the day inferred for it: its relative expressions take
     * {@link Anchor#STORY} as their anchor when the day came from its story, {@link Anchor#TEXT} when from its own words.
     */
    public List<TimeExpression> find(Article article, InferredDate date) {
        return find(article.text(), Sentences.split(article.text()), LocalDate.parse(date.day()),
                date.basis() == InferredDate.Basis.STORY ? Anchor.STORY : Anchor.TEXT);
    }

    /** How far into a text a dateline may stand, in characters. */
    private static final int DATELINE = 160;

    /**
     * The publication day an undated article's own words give, or null when they name no day with its year: a
     * dateline (such a day at the head of the text, before its first sentence ends, followed by a dash, a bracket, a
     * bar or the end of its line: "WASHINGTON, March 12, 1999 (Xinhua) --"), else the latest such day the text names
     * with its weekday ("on Wednesday, Nov. 1, 1989"): news names a day by its weekday within the week it reports,
     * while a day named by date alone may lie years back or ahead (over the undated news of temporal-dev and
     * stances-dev, the latest such day was the day of publication for 3 articles in 21). {@code times} are the article's time expressions as
     * found with no date (only days written out whole count, so nothing here is reckoned from a guess).
     */
    public static InferredDate dateFromWords(Article article, List<TimeExpression> times) {
        String text = article.text();
        int firstSentenceEnd = -1;
        for (int i = 0; i < Math.min(text.length(), DATELINE); i++) {
            char ch = text.charAt(i);
            if ((ch == '.' || ch == '!' || ch == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                    && i > 0 && Character.isLowerCase(text.charAt(i - 1))) {
                firstSentenceEnd = i;
                break;
            }
        }
        TimeExpression latest = null;
        for (TimeExpression t : times) {
            if (!t.isDay() || t.anchor() != Anchor.NONE || t.value().indexOf('/') > 0) {
                continue;
            }
            if (t.span().start() < DATELINE && (firstSentenceEnd < 0 || t.span().end() <= firstSentenceEnd)
                    && headsText(text, t.span().end())) {
                return new InferredDate(article.id(), t.value().substring(0, 10), InferredDate.Basis.DATELINE,
                        t.span().of(text), t.span(), null);
            }
            if (namesWeekday(t.span().of(text))
                    && (latest == null || t.value().substring(0, 10).compareTo(latest.value().substring(0, 10)) > 0)) {
                latest = t;
            }
        }
        return latest == null ? null : new InferredDate(article.id(), latest.value().substring(0, 10), InferredDate.Basis.TEXT,
                latest.span().of(text), latest.span(), null);
    }

    /**
     * The first dated article of a story: its publication day, its id and its title; the day an undated article of
     * that story is given when its own words give no dateline.
     */
    public record StoryDay(LocalDate day, String article, String title) implements Serializable {
        /**
         * The most days apart the pages of a story may date its articles for the story to have a day to lend: reports
         * of one event come out within days of each other, but a story followed up over weeks or months does not tell
         * which of its days an undated report is of, and no day is better than a wrong one.
         */
        public static final int MOST_DAYS_APART = 7;

        public StoryDay {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(title, "title");
        }
    }

    /**
     * The publication day of an article whose page gives none, strongest first: a dateline heading its text, else
     * the day of its story's first dated article ({@code story}, null when its story has none), else the latest day
     * its words name with its year and weekday; null when none of them gives a day. {@code found} are its time expressions as
     * found with no date ({@link #find(Article)}).
     */
    public static InferredDate inferDate(Article article, List<TimeExpression> found, StoryDay story) {
        InferredDate own = dateFromWords(article, found);
        if (own != null && own.basis() == InferredDate.Basis.DATELINE) {
            return own;
        }
        if (story != null) {
            return new InferredDate(article.id(), story.day().toString(), InferredDate.Basis.STORY, story.title(), null,
                    story.article());
        }
        return own;
    }

    /** Whether the words of a day name its weekday ("Wednesday, Nov. 1, 1989"). */
    private static boolean namesWeekday(String words) {
        for (DateText.Match m : DateText.find(words)) {
            if (m.weekday() != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether what follows a day at {@code end} marks it as a dateline: a dash, a bracket, a bar or a line's end. */
    private static boolean headsText(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == ',')) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char ch = text.charAt(i);
        return ch == '\n' || ch == '(' || ch == '[' || ch == '|' || ch == '-' || ch == '\u2013' || ch == '\u2014';
    }

    /** The publication date of an article as a day, or null when it has none (or none that is a day). */
    static LocalDate dateOf(Article article) {
        if (article.published() == null) {
            return null;
        }
        try {
            return LocalDate.parse(article.published().day());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The time expressions of a text split into these sentences, reckoned from {@code date} (or unresolved when it is
     * null); expressions reckoned from the date take {@code dateAnchor} as their anchor.
     */
    List<TimeExpression> find(String text, List<Sentence> sentences, LocalDate date, Anchor dateAnchor) {
        TimeTokens tokens = new TimeTokens(text);
        TimeGrammar grammar = new TimeGrammar(tokens);
        List<TimeExpression> out = new ArrayList<>();
        Context context = new Context();
        context.article = date;
        int sentence = -1;
        int sentenceFrom = 0;
        int sentenceTo = tokens.size;
        int talked = NEVER;   // the last sentence that spoke of quarters
        int referred = NEVER;   // the sentence of the text's last date
        int i = 0;
        int lastTo = -1;   // the end token of the last expression found
        boolean outlook = false;   // whether the last day heading a line of the text ("Tomorrow:") was today or ahead
        int dayless = -1;   // the index in out of a clock time of this sentence with no day of its own, or -1
        int daylessTo = 0;   // the token after that clock time
        while (i < tokens.size) {
            Reading r = grammar.read(i);
            if (r == null || r.to() <= i) {
                i++;
                continue;
            }
            i = r.to();
            if (r.meaning() == null) {
                continue;
            }
            int start = tokens.start[r.from()];
            int end = tokens.end[r.to() - 1];
            // the sentence it stands in
            int s = sentenceOf(sentences, start, Math.max(sentence, 0));
            if (s != sentence) {
                for (int between = Math.max(sentence + 1, 0); between <= s && between < sentences.size(); between++) {
                    Span span = sentences.get(between).span();
                    if (speaksOfQuarters(tokens, tokens.tokenAt(span.start()), tokens.tokenAt(span.end()))) {
                        talked = between;
                    }
                }
                sentence = s;
                if (s >= 0 && s < sentences.size()) {
                    sentenceFrom = tokens.tokenAt(sentences.get(s).span().start());
                    sentenceTo = tokens.tokenAt(sentences.get(s).span().end());
                } else {
                    sentenceFrom = 0;
                    sentenceTo = tokens.size;
                }
                context.sentenceDay = null;
                context.sentenceQuarter = 0;
                dayless = -1;
            }
            context.quarterTalk = s - talked <= 2;
            context.longerPartTalk = speaksOfLongerPart(tokens, Math.max(sentenceFrom, r.from() - 40), r.from());
            context.referenceNear = s - referred <= 1;
            context.referenceInSentence = s == referred;
            context.tense = tense(tokens, r.from(), r.to(), sentenceFrom, sentenceTo);
            Direction around = context.tense != Direction.NONE ? context.tense
                    : sentenceTense(tokens, r.from(), r.to(), sentenceFrom, sentenceTo);
            context.sentenceTense = around == Direction.FUTURE ? Direction.FUTURE : context.tense;
            context.toldInThePast = around == Direction.PAST;
            boolean heading = (r.from() == 0 || tokens.lineBefore(r.from())) && tokens.is(r.to(), ":");
            if (heading) {
                // "Friday: the central bank will decide": the entry after the colon tells the tense of the day it heads;
                // an entry with none, in a calendar whose last heading was today or a day ahead, is a day ahead too
                Direction entry = entryTense(tokens, r.to() + 1);
                context.tense = entry != Direction.NONE ? entry : outlook ? Direction.FUTURE : Direction.NONE;
                context.sentenceTense = context.tense;
                context.toldInThePast = context.tense == Direction.PAST;
            }
            Resolved v = r.meaning().resolve(context);
            if (v == null) {
                continue;   // words that name a time only in some contexts ("in the morning" after a day) and not in this one
            }
            Anchor anchor = v.anchor() == Anchor.ARTICLE ? dateAnchor : v.anchor();
            if (heading) {
                outlook = date != null && isDay(v.value().substring(0, Math.min(10, v.value().length())))
                        && v.value().substring(0, 10).compareTo(date.toString()) >= 0;
            }
            TimeExpression found = new TimeExpression(new Span(start, end), r.type(), v.value(), r.mod(), anchor);
            if (!out.isEmpty() && date != null && endOfRange(tokens, lastTo, r.from())) {
                found = inOrder(out, found, date);
            }
            if (!out.isEmpty() && r.from() == lastTo + 1 && tokens.is(lastTo, ",") && isDay(found.value())
                    && found.anchor() != Anchor.TEXT && hasDigits(tokens, r.from(), r.to())) {
                // "the next day, Sept. 15": the day reckoned from the text is the day written beside it
                TimeExpression before = out.get(out.size() - 1);
                if (before.anchor() == Anchor.TEXT && before.type() == TimeExpression.Type.DATE && before.value().length() == 10
                        && Character.isDigit(before.value().charAt(0))) {
                    out.set(out.size() - 1, new TimeExpression(before.span(), before.type(), found.value(), before.mod(), Anchor.TEXT));
                }
            }
            if (dayless >= 0 && found.value().length() >= 10 && isDay(found.value().substring(0, 10))
                    && (found.value().length() == 10 || found.value().charAt(10) == 'T')
                    && r.from() - daylessTo < CLOCK_DAY_REACH
                    && !toldBetween(tokens, daylessTo, r.from())) {
                // "was shot to death at 10 p.m. as he stood in his kitchen on Saturday": the hour of that Saturday
                TimeExpression clock = out.get(dayless);
                out.set(dayless, new TimeExpression(clock.span(), clock.type(), found.value().substring(0, 10) + clock.value().substring(10),
                        clock.mod(), Anchor.TEXT));
                dayless = -1;
            }
            if (r.meaning() instanceof TimeGrammar.DaylessClock && context.sentenceDay == null && v.value().length() > 10) {
                dayless = out.size();
                daylessTo = r.to();
            }
            out.add(found);
            lastTo = r.to();
            if (v.anchor() != Anchor.TEXT && remember(context, v.value(), namesQuarter(tokens, r.from(), r.to()))) {
                referred = s;
            }
        }
        return out;
    }

    /**
     * Whether an expression at token {@code from} ends a range whose first expression ended at token {@code lastTo}:
     * "between January 1 and September 18", "from May 30 to June 2".
     */
    private static boolean endOfRange(TimeTokens t, int lastTo, int from) {
        return lastTo > 0 && from == lastTo + 1 && (t.is(lastTo, "and") || t.is(lastTo, "to") || t.is(lastTo, "through")
                || t.is(lastTo, "until")) && rangeOpens(t, lastTo - 1);
    }

    /** Whether "between" or "from" stands within the few tokens before {@code k}, the last token of a range's start. */
    private static boolean rangeOpens(TimeTokens t, int k) {
        for (int j = k; j >= Math.max(0, k - 4); j--) {
            if (t.is(j, "between") || t.is(j, "from")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a range of two days whose years were reckoned apart, put in order with its start: a range does not end
     * before it begins ("between January 1 and September 18" in an article of 27 September is this year's January,
     * not next year's). Of the two days, the year that is moved (the start's back, or the end's on) is the one that keeps
     * both nearer the article's date; a day whose year was written is left as it is.
     */
    private static TimeExpression inOrder(List<TimeExpression> out, TimeExpression end, LocalDate date) {
        TimeExpression begin = out.get(out.size() - 1);
        if (!isDay(begin.value()) || !isDay(end.value()) || begin.value().compareTo(end.value()) <= 0) {
            return end;
        }
        LocalDate b = LocalDate.parse(begin.value());
        LocalDate e = LocalDate.parse(end.value());
        boolean beginMoves = begin.anchor() != Anchor.NONE;
        boolean endMoves = end.anchor() != Anchor.NONE;
        if (beginMoves && endMoves) {
            long backward = Math.max(Math.abs(b.minusYears(1).toEpochDay() - date.toEpochDay()), Math.abs(e.toEpochDay() - date.toEpochDay()));
            long forward = Math.max(Math.abs(b.toEpochDay() - date.toEpochDay()), Math.abs(e.plusYears(1).toEpochDay() - date.toEpochDay()));
            beginMoves = backward <= forward;
            endMoves = !beginMoves;
        }
        if (beginMoves && !b.minusYears(1).isAfter(e)) {
            out.set(out.size() - 1, new TimeExpression(begin.span(), begin.type(), b.minusYears(1).toString(), begin.mod(), begin.anchor()));
            return end;
        }
        if (endMoves && !b.isAfter(e.plusYears(1))) {
            return new TimeExpression(end.span(), end.type(), e.plusYears(1).toString(), end.mod(), end.anchor());
        }
        return end;
    }

    /** Whether a digit stands among tokens {@code from..to}: a date written out ("Sept. 15"), not a weekday. */
    private static boolean hasDigits(TimeTokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.digits(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value is a day of the calendar and nothing more: {@code 2024-05-30}. */
    private static boolean isDay(String value) {
        return value.length() == 10 && Character.isDigit(value.charAt(0)) && value.charAt(4) == '-' && value.charAt(7) == '-'
                && Character.isDigit(value.charAt(9));
    }

    /** The index of the sentence holding {@code offset}, looked for from {@code from} on; -1 when none does. */
    private static int sentenceOf(List<Sentence> sentences, int offset, int from) {
        for (int s = from; s < sentences.size(); s++) {
            Span span = sentences.get(s).span();
            if (offset < span.start()) {
                return s;
            }
            if (offset < span.end()) {
                return s;
            }
        }
        return sentences.size();
    }

    private static boolean speaksOfQuarters(TimeTokens tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (QUARTER_TALK.contains(tokens.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens {@code from..to} name a part of a year longer than a quarter: "nine months", "the first half". */
    private static boolean speaksOfLongerPart(TimeTokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.lower[k];
            if ((w.equals("nine") || w.equals("six") || w.equals("9") || w.equals("6"))
                    && (t.is(k + 1, "months") || t.is(k + 1, "-") && t.is(k + 2, "month"))
                    || w.equals("half") && (t.is(k - 1, "first") || t.is(k - 1, "second"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words name a quarter by its number ("the third quarter", "Q3"), not by its distance from another
     * ("the year-ago quarter"): only those make the quarter the text speaks of.
     */
    private static boolean namesQuarter(TimeTokens t, int from, int to) {
        boolean number = false;
        for (int k = from; k < to; k++) {
            String w = t.lower[k];
            if (w.equals("ago") || w.equals("earlier") || w.equals("previous") || w.equals("prior") || w.equals("last")) {
                return false;
            }
            number |= w.equals("first") || w.equals("second") || w.equals("third") || w.equals("fourth")
                    || w.equals("q") || t.digits(k) && t.width(k) == 1;
        }
        return number;
    }

    /**
     * Keeps a value that names a date of the calendar as the text's last date (and the sentence's day); the first recent
     * quarter named by its number as the quarter the text speaks of (a report of results names its quarter first, then
     * the one before it or the one ahead: "after a flat second quarter", "a fourth-quarter charge"). Returns whether the value was a date. A value reckoned from the
     * text's last date is not kept, so that "a year earlier" after "a year earlier" does not drift back a year more.
     */
    private static boolean remember(Context c, String value, boolean namedQuarter) {
        if (value.length() < 3 || !Character.isDigit(value.charAt(0)) || !Character.isDigit(value.charAt(2))
                || value.length() > 3 && !Character.isDigit(value.charAt(3))) {
            return false;
        }
        try {
            int year = Integer.parseInt(value.substring(0, Math.min(4, value.length())));
            if (value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-' && Character.isDigit(value.charAt(9))
                    && (value.length() == 10 || value.charAt(10) == 'T')) {
                LocalDate d = LocalDate.parse(value.substring(0, 10));
                c.reference = d;
                c.referenceUnit = Unit.DAY;
                c.sentenceDay = d;
            } else if (value.length() == 7 && value.charAt(4) == '-' && Character.isDigit(value.charAt(5))) {
                c.reference = LocalDate.of(year, Integer.parseInt(value.substring(5, 7)), 1);
                c.referenceUnit = Unit.MONTH;
            } else if (value.length() == 7 && value.startsWith("-Q", 4)) {
                int q = value.charAt(6) - '0';
                c.reference = LocalDate.of(year, q * 3 - 2, 1);
                c.referenceUnit = Unit.QUARTER;
                if (namedQuarter && c.quarter == 0 && recent(year, q, c.article)) {
                    c.quarterYear = year;
                    c.quarter = q;
                }
                if (namedQuarter) {
                    c.sentenceQuarterYear = year;
                    c.sentenceQuarter = q;
                }
            } else if (value.length() == 8 && value.startsWith("-W", 4)) {
                c.reference = LocalDate.of(year, 1, 4).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR,
                        Integer.parseInt(value.substring(6, 8))).with(java.time.DayOfWeek.MONDAY);
                c.referenceUnit = Unit.WEEK;
            } else if (value.length() == 4) {
                c.reference = LocalDate.of(year, 1, 1);
                c.referenceUnit = Unit.YEAR;
            } else if (value.length() == 3) {
                c.reference = LocalDate.of(Integer.parseInt(value) * 10, 1, 1);   // a decade: "the early 2010s" is 201
                c.referenceUnit = Unit.DECADE;
            } else {
                return false;
            }
            return true;
        } catch (DateTimeException | NumberFormatException e) {
            return false;   // not a date after all: keep the last one
        }
    }

    /**
     * Whether a quarter may be the one a report of results speaks of: begun by the article's date, and within the fifteen
     * months before it (not "the third quarter of 1984" recalled in passing).
     */
    private static boolean recent(int year, int q, LocalDate article) {
        if (article == null) {
            return true;
        }
        LocalDate start = LocalDate.of(year, q * 3 - 2, 1);
        return !start.isAfter(article) && start.plusMonths(15).isAfter(article);
    }

    /**
     * The tense of the clause around tokens {@code from..to}: the nearest word that marks the future or the past
     * within ten tokens either side, inside the sentence; before the expression not across a semicolon, after it
     * not past the end of its clause (a comma, unless the expression opens the sentence, a conjunction, a relative
     * pronoun, a quotation mark).
     */
    static Direction tense(TimeTokens t, int from, int to, int sentenceFrom, int sentenceTo) {
        Direction left = Direction.NONE;
        int leftDistance = Integer.MAX_VALUE;
        for (int k = from - 1, d = 1; k >= sentenceFrom && d <= 10; k--, d++) {
            if (t.is(k, ";")) {
                break;
            }
            Direction m = marker(t, k);
            if (m != Direction.NONE) {
                left = m;
                leftDistance = d;
                break;
            }
        }
        for (int k = to, d = 1; k < sentenceTo && d <= 10 && d < leftDistance; k++, d++) {
            boolean fronted = k == to && t.is(k, ",") && from - sentenceFrom <= 2;   // "On Friday, the minister said"
            boolean inName = t.is(k, "and") && t.capital(k - 1) && t.capital(k + 1)   // "the Abortion and Rights League"
                    || t.is(k, ",") && aroundPlace(t, k);
            if (CLAUSE_ENDS.contains(t.lower[k]) && !fronted && !inName || QUOTES.contains(t.lower[k])
                    || t.is(k, "ahead") && t.is(k + 1, "of") || t.is(k, "advance") && t.is(k - 1, "in") && t.is(k + 1, "of")) {
                break;   // "met on Saturday ahead of the election": what follows tells of the election, not the meeting
            }
            Direction m = marker(t, k);
            if (m != Direction.NONE) {
                return m;
            }
        }
        if (left == Direction.NONE && deadlineAfter(t, to)) {
            // "before Friday's deadline": ahead, unless its sentence tells of it in the past
            Direction sentence = sentenceTense(t, from, to, sentenceFrom, sentenceTo);
            return sentence == Direction.NONE ? Direction.FUTURE : sentence;
        }
        return left;
    }

    /** Whether "deadline" follows token {@code to} ("Tuesday deadline", "Friday's deadline", "the Friday noon deadline"). */
    private static boolean deadlineAfter(TimeTokens t, int to) {
        for (int k = to; k < to + 4; k++) {
            if (t.is(k, "deadline")) {
                return true;
            }
            if (!(t.is(k, "'") || t.is(k, "s") || t.is(k, "noon") || t.is(k, "midnight"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the comma at {@code k} opens or closes the name of a place set off after a place ("in Birmingham, Ala.,
     * killed", "based in Dallas, Texas, said"): it ends no clause.
     */
    private static boolean aroundPlace(TimeTokens t, int k) {
        if (t.capital(k - 1) && t.capital(k + 1) && (t.is(k + 2, ",") || t.is(k + 2, ".") && t.is(k + 3, ","))) {
            return true;
        }
        int j = t.is(k - 1, ".") ? k - 2 : k - 1;
        return t.capital(j) && t.is(j - 1, ",") && t.capital(j - 2);
    }

    /** How far into the entry a day heads ("Friday: …"), in tokens, its tense is looked for. */
    private static final int ENTRY_REACH = 30;

    /** The tense of the first word that marks one in the entry from token {@code from} to the end of its line. */
    private static Direction entryTense(TimeTokens t, int from) {
        for (int k = from; k < t.size && k < from + ENTRY_REACH && (k == from || !t.lineBefore(k)); k++) {
            Direction m = marker(t, k);
            if (m != Direction.NONE) {
                return m;
            }
        }
        return Direction.NONE;
    }

    /** How far from an expression, in tokens either way, the tense of its sentence is looked for. */
    private static final int SENTENCE_REACH = 40;

    /**
     * The tense of the nearest word that marks one in the expression's sentence (within {@link #SENTENCE_REACH} tokens),
     * past clause boundaries: what a month or a day named without its year is reckoned by when its own clause says nothing
     * ("will be named commander of the shuttle for a mission in December").
     */
    static Direction sentenceTense(TimeTokens t, int from, int to, int sentenceFrom, int sentenceTo) {
        boolean left = true;   // what a speaker says past a quotation mark is not the tense of the words that report it
        boolean right = true;
        for (int d = 1; d <= SENTENCE_REACH && (from - d >= sentenceFrom || to + d - 1 < sentenceTo); d++) {
            if (left && from - d >= sentenceFrom) {
                if (quotes(t, from - d)) {
                    left = false;
                } else {
                    Direction m = marker(t, from - d);
                    if (m != Direction.NONE) {
                        return m;
                    }
                }
            }
            if (right && to + d - 1 < sentenceTo) {
                if (quotes(t, to + d - 1)) {
                    right = false;
                } else {
                    Direction m = marker(t, to + d - 1);
                    if (m != Direction.NONE) {
                        return m;
                    }
                }
            }
        }
        return Direction.NONE;
    }

    /** Whether token {@code k} is a quotation mark, not an apostrophe inside a word ("won't", "Trump's"). */
    private static boolean quotes(TimeTokens t, int k) {
        return QUOTES.contains(t.lower[k]) && !(t.touches(k) && t.touches(k + 1) && t.letters(k - 1) && t.letters(k + 1));
    }

    /**
     * Whether a verb in the past stands within {@link #UNTIL_REACH} tokens before "until" at {@code k}, inside its
     * sentence, and no word of the future: "didn't search the station until October", "waited until March" tell of a
     * wait that is over; "will stay shut until October" does not.
     */
    private static boolean pastBefore(TimeTokens t, int k) {
        boolean past = false;
        for (int j = k - 1; j >= Math.max(0, k - UNTIL_REACH); j--) {
            if (t.is(j, ".") || t.is(j, ";") || t.is(j, "until") || t.is(j, "till")) {
                break;
            }
            if (DEADLINE_GRANTED.contains(t.lower[j])) {
                return false;   // "gave the firm until November to answer": a deadline still to come
            }
            Direction m = marker(t, j);
            if (m == Direction.FUTURE) {
                return false;
            }
            past |= m == Direction.PAST;
        }
        return past;
    }

    /** Whether token {@code k} is "was" or "were". */
    private static boolean pastOfBe(TimeTokens t, int k) {
        return t.is(k, "was") || t.is(k, "were");
    }

    /** Whether "could" at {@code k} is denied ("could not", "neither he nor they could"): a past it failed in. */
    private static boolean couldNot(TimeTokens t, int k) {
        if (t.is(k + 1, "not") || t.is(k + 1, "never")) {
            return true;
        }
        for (int j = k - 1; j >= Math.max(0, k - 10); j--) {
            if (t.is(j, "nor") || t.is(j, "neither") || t.is(j, ".") || t.is(j, ";")) {
                return !t.is(j, ".") && !t.is(j, ";");
            }
        }
        return false;
    }

    private static Direction marker(TimeTokens t, int k) {
        String w = t.lower[k];
        if (PLANNED.contains(w) && DETERMINERS.contains(t.at(k - 1))) {
            return Direction.NONE;   // an adjective: "canceled a scheduled interview Monday night" is told by its verb
        }
        if (w.equals("next") && t.is(k - 1, "the") && RECKONED_FROM_TEXT.contains(t.at(k + 1))) {
            return Direction.NONE;   // "met the next day, Sept. 15": a day after a day the text told of, no time ahead
        }
        if ((FUTURE.contains(w) || FUTURE_TO.contains(w) && t.is(k + 1, "to"))
                && (t.is(k - 1, "had") || t.is(k - 1, "been") && t.is(k - 2, "had"))) {
            return Direction.PAST;   // a plan the past perfect tells of: "had been scheduled to expire Friday"
        }
        if ((w.equals("going") || w.equals("about")) && t.is(k + 1, "to") && (pastOfBe(t, k - 1) || pastOfBe(t, k - 2))) {
            return Direction.NONE;   // "was always going to be key": a future seen from the past, no time ahead of today
        }
        if (w.equals("could") && couldNot(t, k)) {
            return Direction.PAST;   // "could not be reached for comment Friday"
        }
        if (w.equals("ll") && t.is(k - 1, "'") || w.equals("won") && t.is(k + 1, "'") && t.is(k + 2, "t")
                || w.equals("to") && (t.is(k - 1, "is") || t.is(k - 1, "are")) && t.letters(k + 1) && !t.is(k + 1, "the")
                || FUTURE.contains(w) && !(t.is(k - 1, "previously") || t.is(k - 1, "originally"))
                || FUTURE_TO.contains(w) && t.is(k + 1, "to")
                || w.equals("advance") && t.is(k - 1, "in") && t.is(k + 1, "of")
                || w.equals("may") && !t.capital(k) || (w.equals("until") || w.equals("till")) && !t.capital(k) && !pastBefore(t, k)
                || w.equals("early") && t.is(k - 1, "as") && t.is(k + 1, "as")) {
            return Direction.FUTURE;
        }
        if (PLANNED_AFTER_IS.contains(w) && (t.is(k - 1, "is") || t.is(k - 1, "are"))) {
            return Direction.FUTURE;
        }
        if (PRESENT_OF_PLANS.contains(w) && !DETERMINERS.contains(t.at(k - 1)) && !NOT_BEFORE_PRESENT.contains(t.at(k - 1))
                && !t.digits(k - 1) && !(BEFORE_INFINITIVE.contains(w) && t.is(k + 1, "to"))) {
            return Direction.FUTURE;
        }
        if (PAST.contains(w) || w.length() >= 5 && w.endsWith("ed") && !NOT_PAST.contains(w) && t.letters(k)) {
            String before = t.at(k - 1);
            if (before.equals("be") || before.equals("being") || before.equals("is") || before.equals("are")
                    || before.equals("to")) {
                return Direction.NONE;   // a participle of the present or the future: "will be paid", "is heard"
            }
            if (before.equals("have") && (t.is(k - 2, "will") || t.is(k - 2, "shall") || t.is(k - 2, "ll") && t.is(k - 3, "'"))) {
                return Direction.FUTURE;   // the future perfect: "will have finished the roof in March" lies ahead
            }
            if (!PAST.contains(w) && (DETERMINERS.contains(before)
                    || before.endsWith("ly") && DETERMINERS.contains(t.at(k - 2))
                    || (before.equals("still") || before.equals("newly") || before.equals("long")) && DETERMINERS.contains(t.at(k - 2)))) {
                return Direction.NONE;   // an adjective: "a still unspecified date", "the expected rise"
            }
            if (!PAST.contains(w) && t.is(k + 1, "by") && !AUXILIARIES_OF_PAST.contains(before)) {
                return Direction.NONE;   // a participle after its noun: "markets untouched by the crisis"
            }
            return Direction.PAST;
        }
        return Direction.NONE;
    }
}
