package org.parallax.nlp;

import static java.util.Map.entry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.parallax.model.TimeExpression.Anchor;
import org.parallax.model.TimeExpression.Mod;
import org.parallax.model.TimeExpression.Type;
import org.parallax.nlp.TimeValues.Direction;
import org.parallax.nlp.TimeValues.Unit;

/**
 * The rules that read time expressions from tokens, and what each means before it is reckoned against a date. At a
 * token, {@link #read} tries every rule and keeps the longest reading; a rule looks ahead a few tokens at most, so
 * reading a text is linear in its length. The words of an expression follow TimeML: a leading preposition ("on",
 * "in", "since") stays out, a determiner and a modifier ("the", "early", "more than") are in.
 *
 * <p>The rules, by family: calendar dates ("30 September 2022", "Thursday, May 16", "Oct. 23", "February 2022",
 * "March 20-22", "2023-03-01"); weekdays ("Friday", "last Monday", "Tuesday afternoon", "Monday through
 * Wednesday"); clock times ("10:30 a.m. Tuesday", "noon", "4 in the morning"); days named from today ("yesterday",
 * "tonight", "this morning"); periods named from today ("last week", "this month", "next year", "the past year",
 * "last fall", "last April"); amounts of time ("three years", "the past two weeks", "a two-year term") and points
 * reckoned with them ("two years ago", "a year earlier", "two weeks from now"); quarters and halves ("the third
 * quarter", "third-quarter", "the year-earlier period"); years, decades and centuries ("1994", "fiscal 1989", "the
 * 1990s", "mid-1990s", "the 20th century"); seasons; holidays; times named from the text's last date ("that day",
 * "the following year"); vague references ("now", "recently", "the future"); sets ("every Monday", "daily",
 * "$5 a year"). Modifiers before any of them ("early", "the end of", "about", "more than", "nearly") set the
 * TimeML mod. Words that look like a time but are not one ("a 44-year-old") are read so that nothing shorter is.
 */
final class TimeGrammar {
    /** A value and what it was reckoned from. */
    record Resolved(String value, Anchor anchor) {
    }

    /** What an expression means: its value, once the context of its place in the text is known; null when it names no time there. */
    interface Meaning {
        Resolved resolve(Context c);
    }

    /**
     * The meaning of a clock time with no day of its own beside it ("at 10 p.m."): it takes the sentence's day, the
     * text's last day or the article's; a day its sentence names after it may still claim it ({@link TimeFinder}).
     */
    interface DaylessClock extends Meaning {
    }

    /**
     * Tokens {@code from} (inclusive) to {@code to} (exclusive) read as a time expression; a null meaning marks words
     * that are not one and that no shorter reading may take ("44-year-old").
     */
    record Reading(int from, int to, Type type, Mod mod, Meaning meaning) {
        Reading with(int start, Mod m) {
            return new Reading(start, to, type, m != null ? m : mod, meaning);
        }

        Reading until(int end) {
            return new Reading(from, end, type, mod, meaning);
        }
    }

    /** Where an expression stands: the dates it may be reckoned from, and the tense of its clause. */
    static final class Context {
        /** The article's date, or null. */
        LocalDate article;
        /** A day named before the expression in the same sentence, or null. */
        LocalDate sentenceDay;
        /** The last date the text named before the expression, with its granularity, or null. */
        LocalDate reference;
        Unit referenceUnit;
        /** Whether the last date the text named stands in the expression's sentence or the one before. */
        boolean referenceNear;
        /** Whether the last date the text named stands in the expression's own sentence. */
        boolean referenceInSentence;
        /** The quarter the text speaks of (year and quarter): the first recent one it named, or 0. */
        int quarterYear;
        int quarter;
        /** A quarter named by its number before the expression in its own sentence (year and quarter), or 0. */
        int sentenceQuarterYear;
        int sentenceQuarter;
        /** Whether the expression's sentence, or the one before, speaks of quarters or periods of a year. */
        boolean quarterTalk;
        /**
         * Whether the expression's sentence, before it, speaks of a part of a year longer than a quarter ("the first nine
         * months", "the first half"): what it compares with a year before is that part of the year before.
         */
        boolean longerPartTalk;
        /** The tense of the expression's clause. */
        Direction tense = Direction.NONE;
        /** The tense of the expression's clause, else of the nearest word in its sentence that marks one. */
        Direction sentenceTense = Direction.NONE;
        /** Whether the expression's clause, else the nearest word in its sentence that marks a tense, tells of the past. */
        boolean toldInThePast;

        Resolved fixed(String value) {
            return new Resolved(value, Anchor.NONE);
        }

        /** A value reckoned from the article's date, or {@code unknown} when it has none. */
        Resolved fromArticle(Function<LocalDate, String> value, String unknown) {
            return article == null ? new Resolved(unknown, Anchor.UNRESOLVED) : new Resolved(value.apply(article), Anchor.ARTICLE);
        }

        /** A value reckoned from the last date the text named, else from the article's date. */
        Resolved fromReference(Function<LocalDate, String> value, String unknown) {
            return reference != null ? new Resolved(value.apply(reference), Anchor.TEXT) : fromArticle(value, unknown);
        }

        /**
         * A value reckoned from the last date the text named in this sentence or the one before ("two days later"),
         * else from the article's date (a report's "a year earlier" compares with the time of the report).
         */
        Resolved fromNearReference(Function<LocalDate, String> value, String unknown) {
            return reference != null && referenceNear ? new Resolved(value.apply(reference), Anchor.TEXT) : fromArticle(value, unknown);
        }

        /**
         * The quarter the text speaks of: one named in the expression's own sentence ("third-quarter profit rose from
         * $4 million a year earlier"), else the first recent one it named, else the last one that ended before the
         * article's date.
         */
        boolean quarterNamed() {
            return sentenceQuarter > 0 || quarter > 0;
        }

        int[] quarterInTalk() {
            if (sentenceQuarter > 0) {
                return new int[] {sentenceQuarterYear, sentenceQuarter};
            }
            if (quarter > 0) {
                return new int[] {quarterYear, quarter};
            }
            if (article == null) {
                return null;
            }
            LocalDate before = article.withDayOfMonth(1).minusMonths(3);
            return new int[] {before.getYear(), TimeValues.quarterOf(before)};
        }
    }

    // ---------------------------------------------------------------- words

    private static final Map<String, Integer> MONTHS = Map.ofEntries(entry("january", 1), entry("jan", 1),
            entry("february", 2), entry("feb", 2), entry("march", 3), entry("mar", 3), entry("april", 4), entry("apr", 4),
            entry("may", 5), entry("june", 6), entry("jun", 6), entry("july", 7), entry("jul", 7), entry("august", 8),
            entry("aug", 8), entry("september", 9), entry("sept", 9), entry("sep", 9), entry("october", 10), entry("oct", 10),
            entry("november", 11), entry("nov", 11), entry("december", 12), entry("dec", 12));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(entry("monday", DayOfWeek.MONDAY),
            entry("tuesday", DayOfWeek.TUESDAY), entry("wednesday", DayOfWeek.WEDNESDAY), entry("thursday", DayOfWeek.THURSDAY),
            entry("friday", DayOfWeek.FRIDAY), entry("saturday", DayOfWeek.SATURDAY), entry("sunday", DayOfWeek.SUNDAY),
            entry("mon", DayOfWeek.MONDAY), entry("tue", DayOfWeek.TUESDAY), entry("tues", DayOfWeek.TUESDAY),
            entry("wed", DayOfWeek.WEDNESDAY), entry("thu", DayOfWeek.THURSDAY), entry("thur", DayOfWeek.THURSDAY),
            entry("thurs", DayOfWeek.THURSDAY), entry("fri", DayOfWeek.FRIDAY), entry("sat", DayOfWeek.SATURDAY),
            entry("sun", DayOfWeek.SUNDAY));

    private static final Map<String, DayOfWeek> WEEKDAY_PLURALS = Map.of("mondays", DayOfWeek.MONDAY,
            "tuesdays", DayOfWeek.TUESDAY, "wednesdays", DayOfWeek.WEDNESDAY, "thursdays", DayOfWeek.THURSDAY,
            "fridays", DayOfWeek.FRIDAY, "saturdays", DayOfWeek.SATURDAY, "sundays", DayOfWeek.SUNDAY);

    private static final Map<String, String> PARTS_OF_DAY = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV",
            "night", "NI", "overnight", "NI", "mornings", "MO", "afternoons", "AF", "evenings", "EV", "nights", "NI");

    private static final Map<String, String> SEASONS = Map.of("spring", "SP", "summer", "SU", "fall", "FA", "autumn", "FA",
            "winter", "WI");

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(entry("zero", 0), entry("one", 1), entry("two", 2),
            entry("three", 3), entry("four", 4), entry("five", 5), entry("six", 6), entry("seven", 7), entry("eight", 8),
            entry("nine", 9), entry("ten", 10), entry("eleven", 11), entry("twelve", 12), entry("thirteen", 13),
            entry("fourteen", 14), entry("fifteen", 15), entry("sixteen", 16), entry("seventeen", 17), entry("eighteen", 18),
            entry("nineteen", 19), entry("twenty", 20), entry("thirty", 30), entry("forty", 40), entry("fifty", 50),
            entry("sixty", 60), entry("seventy", 70), entry("eighty", 80), entry("ninety", 90));

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(entry("first", 1), entry("second", 2),
            entry("third", 3), entry("fourth", 4), entry("fifth", 5), entry("sixth", 6), entry("seventh", 7),
            entry("eighth", 8), entry("ninth", 9), entry("tenth", 10), entry("eleventh", 11), entry("twelfth", 12),
            entry("thirteenth", 13), entry("fourteenth", 14), entry("fifteenth", 15), entry("sixteenth", 16),
            entry("seventeenth", 17), entry("eighteenth", 18), entry("nineteenth", 19), entry("twentieth", 20),
            entry("thirtieth", 30), entry("last", -1), entry("final", -1));

    private static final Map<String, Unit> UNITS = Map.ofEntries(entry("second", Unit.SECOND), entry("seconds", Unit.SECOND),
            entry("sec", Unit.SECOND), entry("secs", Unit.SECOND), entry("minute", Unit.MINUTE), entry("minutes", Unit.MINUTE),
            entry("min", Unit.MINUTE), entry("mins", Unit.MINUTE), entry("hour", Unit.HOUR), entry("hours", Unit.HOUR),
            entry("hr", Unit.HOUR), entry("hrs", Unit.HOUR), entry("day", Unit.DAY), entry("days", Unit.DAY),
            entry("week", Unit.WEEK), entry("weeks", Unit.WEEK), entry("weekend", Unit.WEEKEND), entry("weekends", Unit.WEEKEND),
            entry("month", Unit.MONTH), entry("months", Unit.MONTH), entry("quarter", Unit.QUARTER),
            entry("quarters", Unit.QUARTER), entry("year", Unit.YEAR), entry("years", Unit.YEAR), entry("yr", Unit.YEAR),
            entry("yrs", Unit.YEAR), entry("decade", Unit.DECADE), entry("decades", Unit.DECADE), entry("century", Unit.CENTURY),
            entry("centuries", Unit.CENTURY), entry("millennium", Unit.MILLENNIUM), entry("millennia", Unit.MILLENNIUM));

    private static final Set<String> PLURAL_UNITS = Set.of("seconds", "secs", "minutes", "mins", "hours", "hrs", "days",
            "weeks", "weekends", "months", "quarters", "years", "yrs", "decades", "centuries", "millennia");

    /** Words that make a day a kind of day: "eight trading days". */
    private static final Set<String> DAY_KINDS = Set.of("trading", "business", "working", "calendar", "school", "straight",
            "consecutive");

    private static final Set<String> ZONES = Set.of("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc",
            "bst", "cet", "cest", "eet", "eest", "msk", "ist", "jst", "z", "aest", "aedt", "acst", "acdt", "awst", "nzst",
            "nzdt", "hkt", "sgt", "kst", "pkt", "sast", "wib", "akst", "akdt", "hst");

    /** Words after which a bare month name is a month ("in May", "since March"), not a verb ("they may"). */
    private static final Set<String> BEFORE_MONTH = Set.of("in", "since", "until", "till", "of", "early", "late", "mid",
            "last", "next", "this", "during", "by", "from", "through", "to", "before", "after", "between", "and", "or",
            "-", "around", "about", "that", "each", "every", "throughout", "the", "for", "on", "into", "past", "coming");

    /** Nouns of a deed done, after a weekday's ("Wednesday's ruling"): that weekday is past, whatever the clause's tense. */
    private static final Set<String> DONE_DEEDS = Set.of("ruling", "decision", "announcement", "declaration", "statement",
            "attack", "attacks", "bombing", "bombings", "shooting", "killing", "killings", "explosion", "blast", "crash",
            "verdict", "remarks", "comments", "speech", "raid", "assault", "arrest", "resignation", "death", "earthquake",
            "incident", "massacre");

    /** Deeds of {@link #DONE_DEEDS} that no one schedules: a day or month before one is gone by, whatever the clause's tense. */
    private static final Set<String> UNPLANNED_DEEDS = Set.of("attack", "attacks", "bombing", "bombings", "shooting", "killing",
            "killings", "explosion", "blast", "crash", "raid", "assault", "death", "earthquake", "incident", "massacre");

    /** Participles of an estimate after "than" or "as" ("less than forecast in July"). */
    private static final Set<String> ESTIMATES = Set.of("forecast", "forecasted", "expected", "predicted", "projected",
            "estimated", "anticipated", "reported", "announced", "planned", "promised", "budgeted");

    /** Nouns of an election after its month ("the November election"). */
    private static final Set<String> ELECTIONS = Set.of("election", "elections", "vote", "midterm", "midterms", "primary",
            "primaries", "runoff", "referendum", "ballot", "polls", "caucus", "caucuses");

    /** Words between a month and {@link #ELECTIONS} that tell the kind of election ("the November general election"). */
    private static final Set<String> ELECTION_KINDS = Set.of("general", "presidential", "congressional", "midterm",
            "special", "municipal", "local", "legislative", "parliamentary", "state", "gubernatorial", "runoff");

    /** Nouns after "today's" that speak of the present age, not of the day: "today's youth", "in today's world". */
    private static final Set<String> GENERIC_PRESENT = Set.of("world", "youth", "society", "generation", "generations",
            "young", "children", "kids", "teenagers", "families", "economy", "standards", "technology", "culture",
            "politics", "media", "consumers", "students", "workers", "parents");

    /** Count nouns after which a four-digit number is an amount, not a year ("1990 people"). */
    private static final Set<String> COUNTED = Set.of("people", "persons", "troops", "soldiers", "men", "women",
            "children", "workers", "employees", "jobs", "votes", "shares", "miles", "kilometers", "kilometres", "km", "feet",
            "meters", "metres", "tons", "tonnes", "barrels", "cars", "vehicles", "units", "members", "students", "acres",
            "homes", "houses", "deaths", "cases", "points", "dollars", "euros", "pounds", "yen", "rubles", "yuan", "times",
            "copies", "pages", "words", "residents", "delegates", "seats", "officers", "police", "prisoners", "refugees",
            "civilians", "patients", "items", "pieces", "rounds", "shells", "missiles", "aircraft", "planes", "ships",
            "tanks", "guns", "rifles", "hectares", "square", "calories", "degrees", "bp", "mw", "gw", "megawatts", "kg",
            "lbs", "ounces", "rpm", "mph", "km/h", "euro", "dollar", "signatures", "protesters", "demonstrators",
            "inmates", "companies", "firms", "stores", "schools", "flights", "passengers", "visitors", "tourists", "fans",
            "spectators", "years", "months", "days", "weeks", "hours", "minutes", "seconds", "other", "others", "more",
            "fewer", "percent", "per", "%", "crore", "lakh", "million", "billion", "trillion", "thousand");

    /** Words before a four-digit number that make it an amount or a name, not a year. */
    private static final Set<String> BEFORE_AMOUNT = Set.of("$", "£", "€", "¥", "#", "no", "nos", "number", "about",
            "some", "nearly", "almost", "over", "than", "least", "only", "just", "all", "approximately", "roughly", "around",
            "page", "pages", "flight", "route", "highway", "room", "suite", "box", "po", "model", "version", "rs", "usd",
            "eur", "gbp", "rmb", "cny", "inr", "rub", "kw", "lot", "code", "article", "section", "resolution", "bill",
            "hr", "boeing", "airbus", "windows", "office", "iso", "cve", "top", "fortune", "ftse", "nikkei", "dax",
            "dow", "sp", "s&p", "the", "those", "these", "to", "by", "of");

    private static final Set<String> MONEY = Set.of("$", "£", "€", "¥");

    /** Nouns of a run of results after "three quarters of" that make it a time ("three quarters of growth"), not a share. */
    private static final Set<String> QUARTERS_OF_A_SERIES = Set.of("growth", "contraction", "decline", "declines", "declining",
            "losses", "loss", "gains", "profit", "profits", "expansion", "recession", "deflation", "inflation", "negative",
            "positive", "falling", "rising", "earnings", "sales", "increases", "decreases", "shrinking", "improvement",
            "results", "data");

    /** Words after which a unit in the singular is not an adjective ("two day rally" is, "two day of" is not). */
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "and", "or", "ago", "earlier", "later", "before", "after",
            "from", "to", "in", "on", "at", "for", "by", "with", "the", "a", "an", "is", "was", "that", "this", "when");

    // ---------------------------------------------------------------- reading

    private final TimeTokens t;

    TimeGrammar(TimeTokens tokens) {
        this.t = tokens;
    }

    /** The longest reading that starts at token {@code i}, or null. */
    Reading read(int i) {
        Reading best = null;
        best = longer(best, modified(i));
        best = longer(best, bare(i));
        return best;
    }

    private static Reading longer(Reading a, Reading b) {
        if (b == null) {
            return a;
        }
        if (a == null || b.to > a.to) {
            return b;
        }
        return a;
    }

    /** A reading without a modifier before it. */
    private Reading bare(int i) {
        Reading best = someDay(i);
        best = longer(best, calendarDate(i));
        best = longer(best, weekdays(i));
        best = longer(best, clock(i));
        best = longer(best, deictic(i));
        best = longer(best, partOfDay(i));
        best = longer(best, weekOf(i));
        best = longer(best, relative(i));
        best = longer(best, amount(i));
        best = longer(best, quarterly(i));
        best = longer(best, years(i));
        best = longer(best, season(i));
        best = longer(best, holiday(i));
        best = longer(best, referential(i));
        best = longer(best, vague(i));
        best = longer(best, recurring(i));
        best = longer(best, theYear(i));
        best = longer(best, theWeekend(i));
        return best;
    }

    /**
     * "the year", "the full year", "the current fiscal year": the article's year; "the year ended Sept. 30", "the
     * fiscal year ending June 30": a year's length.
     */
    private Reading theYear(int i) {
        if (!t.is(i, "the")) {
            return null;
        }
        int j = i + 1;
        // "the latest fiscal year", "the most recent year": the last one that ended before the article's date
        boolean latest = t.is(j, "latest") || t.is(j, "most") && t.is(j + 1, "recent");
        if (latest) {
            j += t.is(j, "most") ? 2 : 1;
        }
        if (!latest && (t.is(j, "current") || t.is(j, "full") || t.is(j, "whole") || t.is(j, "entire"))) {
            j++;
        }
        if (t.is(j, "fiscal") || t.is(j, "calendar")) {
            j++;
        }
        if (!t.is(j, "year")) {
            return null;
        }
        if (latest) {
            return new Reading(i, j + 1, Type.DATE, null, c -> c.fromArticle(a -> TimeValues.year(a.getYear() - 1), "XXXX"));
        }
        int end = j + 1;
        String n = t.at(end);
        boolean ofAmount = n.equals("of") && (MONEY.contains(t.at(end + 1)) || t.digits(end + 1));   // "a high for the year of $42"
        if (n.equals("of") && !ofAmount || n.equals("-") || n.equals("'") || n.equals("before") || n.equals("after") || n.equals("when")
                || n.equals("in") || n.equals("since") || n.equals("two") || t.digits(end)) {
            return null;   // "the year of the dragon", "the year-earlier period", "the year 2000"
        }
        if (n.equals("ended") || n.equals("ending") || n.equals("ends") || n.equals("to") && t.is(end + 1, "date") == false
                && (t.digits(end + 1) || month(end + 1) > 0) || n.equals("that") && t.is(end + 1, "ended")) {
            return new Reading(i, end, Type.DURATION, null, c -> c.fixed("P1Y"));
        }
        return new Reading(i, end, Type.DATE, null, c -> c.fromArticle(a -> TimeValues.year(a.getYear()), "XXXX"));
    }

    /** "the weekend": the one just past, or the coming one when the clause speaks of the future. */
    private Reading theWeekend(int i) {
        if (!t.is(i, "the") || !t.is(i + 1, "weekend")) {
            return null;
        }
        return new Reading(i, i + 2, Type.DATE, null,
                c -> c.fromArticle(a -> weekend(a, c.tense == Direction.FUTURE ? 0 : -1), "XXXX-WXX-WE"));
    }

    // ---------------------------------------------------------------- modifiers

    /**
     * A modifier phrase: where it ends, the mod it sets for points and for amounts, and whether TimeML counts its words
     * in the expression ("early next year", "more than two years") or leaves them out ("about two weeks", "over a week").
     */
    private record Modifier(int end, Mod point, Mod amount, boolean inside) {
    }

    private Modifier modifier(int i) {
        String w = t.at(i);
        switch (w) {
            case "early", "earlier" -> {
                return new Modifier(i + 1, Mod.START, null, true);
            }
            case "late", "later" -> {
                return new Modifier(i + 1, Mod.END, null, true);
            }
            case "mid" -> {
                return new Modifier(t.is(i + 1, "-") && t.touches(i + 1) && t.touches(i + 2) ? i + 2 : i + 1, Mod.MID, null, true);
            }
            case "about", "around", "approximately", "roughly", "circa" -> {
                return new Modifier(i + 1, Mod.APPROX, Mod.APPROX, false);
            }
            case "some" -> {
                return new Modifier(i + 1, Mod.APPROX, Mod.APPROX, true);
            }
            case "nearly", "almost" -> {
                return new Modifier(i + 1, Mod.AFTER, Mod.EQUAL_OR_LESS, true);
            }
            case "over" -> {
                return new Modifier(i + 1, Mod.BEFORE, Mod.MORE_THAN, false);
            }
            case "within" -> {
                return new Modifier(i + 1, null, Mod.EQUAL_OR_LESS, false);
            }
            case "under" -> {
                return new Modifier(i + 1, Mod.AFTER, Mod.LESS_THAN, false);
            }
            case "more", "longer" -> {
                return t.is(i + 1, "than") ? new Modifier(i + 2, Mod.BEFORE, Mod.MORE_THAN, true) : null;
            }
            case "less", "fewer" -> {
                return t.is(i + 1, "than") ? new Modifier(i + 2, Mod.AFTER, Mod.LESS_THAN, true) : null;
            }
            case "at" -> {
                if (t.is(i + 1, "least")) {
                    return new Modifier(i + 2, Mod.BEFORE, Mod.EQUAL_OR_MORE, true);
                }
                if (t.is(i + 1, "most")) {
                    return new Modifier(i + 2, Mod.AFTER, Mod.EQUAL_OR_LESS, true);
                }
                return null;
            }
            case "up" -> {
                return t.is(i + 1, "to") ? new Modifier(i + 2, null, Mod.EQUAL_OR_LESS, true) : null;
            }
            case "no" -> {
                if (t.is(i + 1, "more") && t.is(i + 2, "than")) {
                    return new Modifier(i + 3, null, Mod.EQUAL_OR_LESS, true);
                }
                if (t.is(i + 1, "less") && t.is(i + 2, "than")) {
                    return new Modifier(i + 3, null, Mod.EQUAL_OR_MORE, true);
                }
                return null;
            }
            case "just" -> {
                if (t.is(i + 1, "over")) {
                    return new Modifier(i + 2, Mod.BEFORE, Mod.MORE_THAN, false);
                }
                if (t.is(i + 1, "under")) {
                    return new Modifier(i + 2, Mod.AFTER, Mod.LESS_THAN, false);
                }
                return null;
            }
            case "the" -> {
                String n = t.at(i + 1);
                if (t.is(i + 2, "of")) {
                    switch (n) {
                        case "beginning", "start", "outset", "dawn" -> {
                            return new Modifier(i + 3, Mod.START, null, true);
                        }
                        case "end", "close" -> {
                            return new Modifier(i + 3, Mod.END, null, true);
                        }
                        case "middle" -> {
                            return new Modifier(i + 3, Mod.MID, null, true);
                        }
                        default -> {
                            return null;
                        }
                    }
                }
                if ((n.equals("early") || n.equals("late") || n.equals("mid")) && !t.is(i + 2, "-")) {
                    return new Modifier(i + 2, n.equals("early") ? Mod.START : n.equals("late") ? Mod.END : Mod.MID, null, true);
                }
                if (n.equals("mid") && t.is(i + 2, "-") && t.touches(i + 2)) {
                    return new Modifier(i + 3, Mod.MID, null, true);
                }
                return null;
            }
            case "sometime" -> {
                return new Modifier(i + 1, null, null, false);
            }
            default -> {
                return null;
            }
        }
    }

    /** A reading after one or two modifiers ("early next year", "about two years ago", "the end of 1990"). */
    private Reading modified(int i) {
        Modifier m = modifier(i);
        if (m == null) {
            return null;
        }
        int k = m.end;
        Modifier second = modifier(k);
        Reading inner = null;
        if (second != null && second.end > k) {
            inner = bare(second.end);
            if (inner != null && inner.meaning != null) {
                Mod mod = inner.type == Type.DURATION ? second.amount : second.point;
                inner = inner.with(second.inside ? k : inner.from, mod);
            } else {
                inner = null;
            }
        }
        if (m.point == Mod.START || m.point == Mod.END || m.point == Mod.MID) {
            inner = longer(inner, periodOfTheWhole(k));
        }
        inner = longer(inner, bare(k));
        if (inner == null || inner.meaning == null || inner.from != k && (second == null || inner.from != second.end)) {
            return null;
        }
        String word = t.at(i);
        boolean later = word.equals("earlier") || word.equals("later");
        boolean day = WEEKDAYS.containsKey(t.at(k)) || t.is(k, "today") || t.is(k, "yesterday") || t.is(k, "tomorrow")
                || t.is(k, "tonight");
        if (later && !(t.is(k, "this") || t.is(k, "that") || t.is(k, "in") || day)) {
            return null;   // "a year earlier" is read by its amount; "earlier Tuesday" and "later this year" here
        }
        if (word.equals("some") && !t.digits(k) && NUMBERS.get(t.at(k)) == null) {
            return null;   // "some years" is a vague amount, not an approximate one
        }
        boolean quantity = t.digits(k) || NUMBERS.containsKey(t.at(k)) || t.is(k, "a") || t.is(k, "an") || t.is(k, "half");
        if ((word.equals("over") || word.equals("within") || word.equals("under") || word.equals("just")) && !quantity) {
            return null;   // "over the past two years": the preposition of a period, not a modifier
        }
        boolean duration = inner.type == Type.DURATION || inner.type == Type.SET;
        Mod mod = duration ? m.amount : m.point;
        if (duration && m.amount == null && m.point != null) {
            return null;   // "early" does not qualify an amount
        }
        if (inner.type == Type.SET) {
            return null;
        }
        // a weekday keeps its modifier out of its words: "early Friday", "later Thursday"
        boolean inside = m.inside && !(day && WEEKDAYS.containsKey(t.at(k)));
        return inside ? inner.with(i, mod) : inner.with(inner.from, mod);
    }

    /** "the year", "the month", "the week" after "the end of" and its kin, and "in the year" after "earlier": the current one. */
    private Reading periodOfTheWhole(int k) {
        int j = k;
        if (t.is(j, "in")) {
            j++;
        }
        if (!t.is(j, "the")) {
            return null;
        }
        Unit unit = UNITS.get(t.at(j + 1));
        if (unit == null || PLURAL_UNITS.contains(t.at(j + 1)) || unit == Unit.DAY || unit.clock) {
            return null;
        }
        int end = j + 2;
        return new Reading(k, end, Type.DATE, null,
                c -> c.fromArticle(d -> TimeValues.period(d, unit, 0), TimeValues.unknownPeriod(unit)));
    }

    // ---------------------------------------------------------------- numbers

    private record Num(int end, int value) {
    }

    /** A day of a month: "16", "16th", "eighth". */
    private Num dayOfMonth(int i) {
        if (t.digits(i) && t.width(i) <= 2) {
            int d = t.number(i);
            if (d < 1 || d > 31) {
                return null;
            }
            int end = i + 1;
            if (t.touches(end) && (t.is(end, "st") || t.is(end, "nd") || t.is(end, "rd") || t.is(end, "th"))) {
                end++;
            }
            return new Num(end, d);
        }
        Integer o = ORDINALS.get(t.at(i));
        if (o != null && o > 0) {
            return new Num(i + 1, o);
        }
        if (t.is(i, "twenty") || t.is(i, "thirty")) {
            int tens = t.is(i, "twenty") ? 20 : 30;
            int k = t.is(i + 1, "-") ? i + 2 : i + 1;
            Integer unit = ORDINALS.get(t.at(k));
            if (unit != null && unit > 0 && unit < 10 && tens + unit <= 31) {
                return new Num(k + 1, tens + unit);
            }
        }
        return null;
    }

    /** A year: four digits from 1000 to 2099, or an apostrophe and two digits ("'98"). */
    private Num year(int i) {
        if (t.digits(i) && t.width(i) == 4) {
            int y = t.number(i);
            if (y < 1000 || y > 2099) {
                return null;
            }
            if (t.touches(i) && (t.is(i - 1, ",") || t.is(i - 1, ".")) && t.digits(i - 2)) {
                return null;   // the tail of "1,990" or "3.2000"
            }
            if (t.touches(i + 1) && (t.is(i + 1, ",") || t.is(i + 1, ".")) && t.digits(i + 2) && t.touches(i + 2)) {
                return null;
            }
            return new Num(i + 1, y);
        }
        if (t.is(i, "'") && t.digits(i + 1) && t.touches(i + 1) && t.width(i + 1) == 2) {
            int yy = t.number(i + 1);
            return new Num(i + 2, yy <= 30 ? 2000 + yy : 1900 + yy);
        }
        return spelledYear(i);
    }

    /** A year in words: "nineteen ninety-six", "nineteen eighty", "two thousand and one", "twenty twenty-two". */
    private Num spelledYear(int i) {
        Integer century = NUMBERS.get(t.at(i));
        if (century == null) {
            return null;
        }
        if (century == 2 && t.is(i + 1, "thousand")) {
            int k = i + 2;
            int end = k;
            if (t.is(k, "and")) {
                k++;
            }
            Integer u = NUMBERS.get(t.at(k));
            if (u != null && u > 0 && u < 20) {
                return new Num(k + 1, 2000 + u);
            }
            return new Num(end, 2000);
        }
        if (century < 10 || century > 20) {
            return null;
        }
        int k = i + 1;
        Integer tens = NUMBERS.get(t.at(k));
        if (tens == null || tens < 10) {
            return null;
        }
        int v = tens;
        k++;
        if (tens >= 20 && tens % 10 == 0) {
            int u0 = t.is(k, "-") && t.touches(k) ? k + 1 : k;
            Integer u = NUMBERS.get(t.at(u0));
            if (u != null && u > 0 && u < 10) {
                v += u;
                k = u0 + 1;
            }
        }
        return new Num(k, century * 100 + v);
    }

    /** Whether a year read at {@code i..end} stands as a year where it is, not as an amount, a code or a name. */
    private boolean standsAsYear(int i, int end) {
        String before = t.at(i - 1);
        if (t.touches(i) && (t.mark(i - 1) && !t.is(i - 1, "(") && !t.is(i - 1, "-") && !t.is(i - 1, "'")
                && !t.is(i - 1, "\"") && !t.is(i - 1, "“") || t.letters(i - 1) || t.digits(i - 1))) {
            return false;   // "$1990", "A1990", "No.2000"
        }
        if (BEFORE_AMOUNT.contains(before) && !before.equals("the") && !before.equals("to") && !before.equals("by")
                && !before.equals("of")) {
            return false;
        }
        if (before.equals("the") && (t.is(end, "of") || t.is(end, "who") || t.is(end, "that") || t.is(end, "to"))) {
            return false;   // "the 2000 who died", "the 1200 of them"
        }
        String next = t.at(end);
        if (COUNTED.contains(next) || next.equals("-") && t.digits(end + 1) && t.touches(end + 1) && t.width(end + 1) != 2
                && t.width(end + 1) != 4 || next.equals(":") && t.digits(end + 1)) {
            return false;
        }
        if (next.equals("to") && t.digits(end + 1) && t.width(end + 1) != 4) {
            return false;   // "1200 to 1500 soldiers" read as amounts
        }
        return !inIntroducedName(i);
    }

    /** Words that introduce a name: the capitalized words after them are the name ("a venture called Zephyr 1990"). */
    private static final Set<String> NAME_INTRODUCERS = Set.of("called", "named", "dubbed", "titled", "entitled",
            "nicknamed", "christened", "styled");

    /**
     * Whether the year at {@code i} ends a name that a naming word introduces ("a venture called Zephyr 1990", "the
     * plan, dubbed Horizon 2030"): the year comes right after one or two capitalized words, not of the calendar, that
     * come right after "called", "named", "dubbed", perhaps past a quotation mark. The TIDES guidelines, which TimeML
     * follows for what is a time expression: proper names that contain or comprise a time expression name entities and
     * are not time expressions.
     */
    private boolean inIntroducedName(int i) {
        int k = i - 1;
        int words = 0;
        while (words < 2 && k >= 0 && t.letters(k) && t.capital(k) && !t.lineBefore(k + 1)
                && !MONTHS.containsKey(t.at(k)) && !WEEKDAYS.containsKey(t.at(k)) && !SEASONS.containsKey(t.at(k))) {
            k--;
            words++;
        }
        if (words == 0) {
            return false;
        }
        if (k >= 0 && (t.is(k, "\"") || t.is(k, "\u201c") || t.is(k, "'"))) {
            k--;
        }
        return k >= 0 && NAME_INTRODUCERS.contains(t.at(k));
    }

    /** A quantity: its end, its value (negative when vague: "several", "a few"), and whether it is approximate. */
    private record Quantity(int end, double value, boolean approximate, boolean article) {
    }

    private Quantity quantity(int i) {
        String w = t.at(i);
        if (t.digits(i)) {
            if (t.width(i) > 4 || t.touches(i) && (t.is(i - 1, ",") || t.is(i - 1, ".")) && t.digits(i - 2)) {
                return null;
            }
            if (t.touches(i + 1) && t.is(i + 1, ",") && t.digits(i + 2) && t.touches(i + 2) && t.width(i + 2) == 3) {
                return null;   // "1,000"
            }
            if (t.touches(i) && (t.is(i - 1, "$") || t.is(i - 1, "£") || t.is(i - 1, "€"))) {
                return null;
            }
            double v = t.number(i);
            int j = i + 1;
            if (t.is(j, ".") && t.touches(j) && t.digits(j + 1) && t.touches(j + 1) && t.width(j + 1) <= 2) {
                v = Double.parseDouble(t.text.substring(t.start[i], t.end[j + 1]));
                j += 2;
            } else if (t.digits(j) && t.number(j) == 1 && t.is(j + 1, "/") && t.touches(j + 1) && t.number(j + 2) == 2
                    && t.touches(j + 2)) {
                v += 0.5;
                j += 3;
            } else if (t.is(j, "-") && t.touches(j) && t.number(j + 1) == 1 && t.touches(j + 1) && t.is(j + 2, "/")
                    && t.touches(j + 2) && t.number(j + 3) == 2 && t.touches(j + 3)) {
                v += 0.5;   // "6-1/2"
                j += 4;
            } else if (t.is(j, "½")) {
                v += 0.5;
                j++;
            }
            return new Quantity(j, v, false, false);
        }
        Integer n = NUMBERS.get(w);
        if (n != null) {
            int j = i + 1;
            int v = n;
            if (v >= 20 && v % 10 == 0) {
                int k = t.is(j, "-") && t.touches(j) ? j + 1 : j;
                Integer u = NUMBERS.get(t.at(k));
                if (u != null && u > 0 && u < 10) {
                    v += u;
                    j = k + 1;
                }
            }
            if (t.is(j, "hundred")) {
                v *= 100;
                j++;
            } else if (t.is(j, "thousand")) {
                v *= 1000;
                j++;
            }
            double d = v;
            if (t.is(j, "and") && t.is(j + 1, "a") && t.is(j + 2, "half")) {
                d += 0.5;
                j += 3;
            }
            return new Quantity(j, d, false, false);
        }
        switch (w) {
            case "a", "an" -> {
                String n1 = t.at(i + 1);
                if (n1.equals("couple")) {
                    return new Quantity(t.is(i + 2, "of") ? i + 3 : i + 2, 2, true, false);
                }
                if (n1.equals("few")) {
                    return new Quantity(i + 2, -1, false, false);
                }
                if (n1.equals("dozen")) {
                    return new Quantity(i + 2, 12, false, false);
                }
                if (n1.equals("hundred")) {
                    return new Quantity(i + 2, 100, false, false);
                }
                if (n1.equals("thousand")) {
                    return new Quantity(i + 2, 1000, false, false);
                }
                if (n1.equals("number") && t.is(i + 2, "of")) {
                    return new Quantity(i + 3, -1, false, false);
                }
                if (n1.equals("half")) {
                    return null;
                }
                return new Quantity(i + 1, 1, false, true);
            }
            case "half" -> {
                return t.is(i + 1, "a") || t.is(i + 1, "an") ? new Quantity(i + 2, 0.5, false, false) : null;
            }
            case "several", "few", "many", "some", "multiple", "numerous" -> {
                return new Quantity(i + 1, -1, false, false);
            }
            case "dozens", "hundreds", "thousands" -> {
                return t.is(i + 1, "of") ? new Quantity(i + 2, -1, false, false) : null;
            }
            case "couple" -> {
                return t.is(i + 1, "of") ? new Quantity(i + 2, 2, true, false) : null;
            }
            default -> {
                return null;
            }
        }
    }

    private record UnitWord(int end, Unit unit, boolean plural) {
    }

    private UnitWord unit(int i) {
        String w = t.at(i);
        Unit u = UNITS.get(w);
        if (u == null) {
            if (DAY_KINDS.contains(w) && (t.is(i + 1, "days") || t.is(i + 1, "day"))) {
                return new UnitWord(i + 2, Unit.DAY, t.is(i + 1, "days"));
            }
            if (w.equals("fortnight") || w.equals("fortnights")) {
                return null;
            }
            return null;
        }
        if (w.equals("second") && !t.letters(i)) {
            return null;
        }
        return new UnitWord(i + 1, u, PLURAL_UNITS.contains(w));
    }

    /** The month named at token {@code i} (1 to 12), or 0: capitalized, and an abbreviation only with its dot or a day. */
    private int month(int i) {
        Integer m = MONTHS.get(t.at(i));
        if (m == null || !t.capital(i)) {
            return 0;
        }
        String w = t.at(i);
        boolean abbreviation = w.length() <= 4 && !w.equals("may") && !w.equals("june") && !w.equals("july");
        if (abbreviation && !(t.is(i + 1, ".") && t.touches(i + 1)) && !(t.digits(i + 1) && t.width(i + 1) <= 2)) {
            return 0;
        }
        return m;
    }

    /** Where a month name read at {@code i} ends: after the dot of an abbreviation. */
    private int afterMonth(int i) {
        String w = t.at(i);
        boolean abbreviation = w.length() <= 4 && !w.equals("may") && !w.equals("june") && !w.equals("july");
        return abbreviation && t.is(i + 1, ".") && t.touches(i + 1) ? i + 2 : i + 1;
    }

    /** Whether a month name standing alone at {@code i} is a month where it stands ("in May", not "they may"). */
    private boolean monthAlone(int i) {
        String w = t.at(i);
        if (!w.equals("may") && !w.equals("march")) {
            return true;
        }
        return BEFORE_MONTH.contains(t.at(i - 1)) && !(t.is(i - 1, "-") && !t.touches(i));
    }

    private DayOfWeek weekday(int i) {
        DayOfWeek d = WEEKDAYS.get(t.at(i));
        if (d == null || !t.capital(i)) {
            return null;
        }
        if (t.at(i).length() <= 5 && !t.at(i).endsWith("day") && !(t.is(i + 1, ".") && t.touches(i + 1))) {
            return null;   // "Sun", "Sat" without a dot are not weekdays
        }
        return d;
    }

    private int afterWeekday(int i) {
        int end = i + 1;
        if (!t.at(i).endsWith("day") && t.is(end, ".") && t.touches(end)) {
            end++;
        }
        return end;
    }

    // ---------------------------------------------------------------- calendar dates

    /**
     * "30 September 2022", "Sept. 30", "September 30, 2022", "the 16th of May", "February 2022", "May", "March 20-22",
     * "2023-03-01", "3/1/2023", each maybe after its weekday ("Thursday, May 16").
     */
    private Reading calendarDate(int i) {
        int j = i;
        DayOfWeek named = weekday(i);
        if (named != null) {
            j = afterWeekday(i);
            if (t.is(j, ",")) {
                j++;
            }
            if (t.is(j, "the")) {
                j++;
            }
        }
        Reading date = date(j);
        if (date == null || named != null && date.type != Type.DATE) {
            return null;
        }
        if (named != null && date.to - j < 2) {
            return null;   // "Friday, May" is a weekday and a month
        }
        return named == null ? date : new Reading(i, date.to, date.type, date.mod, date.meaning);
    }

    private Reading date(int i) {
        Reading numeric = numericDate(i);
        if (numeric != null) {
            return numeric;
        }
        // the second day of "April 24 and 25"
        if (t.digits(i) && t.width(i) <= 2 && (t.is(i - 1, "and") || t.is(i - 1, "or")) && t.digits(i - 2)
                && t.width(i - 2) <= 2 && !COUNTED.contains(t.at(i + 1)) && !UNITS.containsKey(t.at(i + 1))) {
            int mi = t.is(i - 3, ".") ? i - 4 : i - 3;
            int m = month(mi);
            int d = t.number(i);
            if (m > 0 && d >= 1 && d <= 31 && d > t.number(i - 2)) {
                return new Reading(i, i + 1, Type.DATE, null, c -> c.fromArticle(
                        a -> dayOrMonth(TimeValues.yearOf(m, d, a, c.sentenceTense), m, d), String.format(Locale.ROOT, "XXXX-%02d-%02d", m, d)));
            }
        }
        int j = i;
        boolean the = t.is(j, "the");
        if (the) {
            j++;
        }
        int m = month(j);
        if (m > 0 && !the) {
            int k = afterMonth(j);
            boolean comma = false;
            Num day = null;
            if (!t.lineBefore(k)) {
                day = dayOfMonth(k);
            }
            if (day != null && t.digits(k) && t.touches(day.end) && t.is(day.end, ":") && t.digits(day.end + 1)
                    && t.touches(day.end + 1)) {
                day = null;   // "May 10:30"
            }
            if (day != null && t.digits(k) && t.is(day.end, "-") && t.digits(day.end + 1) && t.width(day.end + 1) == 4) {
                day = null;
            }
            if (day != null && !(t.digits(k) && (COUNTED.contains(t.at(day.end)) || t.is(day.end, "%")))) {
                int end = day.end;
                // a range of days: "March 20-22", "March 20 to 22"
                if ((t.is(end, "-") || t.is(end, "to") || t.is(end, "through") || t.is(end, "until")) && t.digits(end + 1)
                        && t.width(end + 1) <= 2 && t.number(end + 1) > day.value && t.number(end + 1) <= 31
                        && !t.is(end + 2, ":")) {
                    int last = t.number(end + 1);
                    int to = end + 2;
                    Num y = yearAfter(to);
                    int d0 = day.value;
                    if (y != null) {
                        int year = y.value;
                        return new Reading(i, y.end, Type.DATE, null, c -> c.fixed(range(year, m, d0, last)));
                    }
                    return new Reading(i, to, Type.DATE, null, c -> c.fromArticle(
                            a -> range(TimeValues.yearOf(m, d0, a, c.sentenceTense), m, d0, last),
                            String.format(Locale.ROOT, "XXXX-%02d-%02d/XXXX-%02d-%02d", m, d0, m, last)));
                }
                Num y = yearAfter(end);
                if (y != null && TimeValues.date(y.value, m, day.value) != null) {
                    String v = TimeValues.day(TimeValues.date(y.value, m, day.value));
                    return new Reading(i, y.end, Type.DATE, null, c -> c.fixed(v));
                }
                int d = day.value;
                Reading shifted = dayInNamedYear(i, end, m, d);   // "June 16 last year", "June 16th of last year"
                if (shifted != null) {
                    return shifted;
                }
                Predicate<Context> done = done(i, end);
                boolean election = ofAnElection(end) && !t.is(i - 1, "since");
                return new Reading(i, end, Type.DATE, null, c -> c.fromArticle(
                        a -> dayOrMonth(election ? nearestYear(m, d, a) : yearOf(m, d, a, c.sentenceTense, done.test(c)), m, d),
                        String.format(Locale.ROOT, "XXXX-%02d-%02d", m, d)));
            }
            // a month and its year: "February 2022", "February of 2022", "February, 2022"
            int y0 = k;
            if (t.is(y0, "of") || t.is(y0, ",")) {
                y0++;
                comma = true;
            }
            Num y = year(y0);
            if (y != null && !(comma && t.is(y0 - 1, ",") && t.width(y0) != 4)) {
                String v = TimeValues.month(y.value, m);
                return new Reading(i, y.end, Type.DATE, null, c -> c.fixed(v));
            }
            int yk = t.is(k, "of") ? k + 1 : k;
            int yearShift = yearWord(yk);
            if (yearShift != Integer.MIN_VALUE) {
                int shift = yearShift;
                return new Reading(i, yk + 2, Type.DATE, null,
                        c -> c.fromArticle(a -> TimeValues.month(a.getYear() + shift, m), String.format(Locale.ROOT, "XXXX-%02d", m)));
            }
            if (!monthAlone(j)) {
                return null;
            }
            Predicate<Context> done = done(i, k);
            boolean election = ofAnElection(k) && !t.is(i - 1, "since");
            return new Reading(i, k, Type.DATE, null, c -> c.fromArticle(
                    a -> TimeValues.month(election ? nearestYear(m, 0, a) : yearOf(m, 0, a, c.sentenceTense, done.test(c)), m),
                    String.format(Locale.ROOT, "XXXX-%02d", m)));
        }
        // the day first: "30 September 2022", "the 16th of May"
        Num day = dayOfMonth(j);
        if (day == null || the && !t.is(day.end, "of") || t.digits(j) && t.width(j) > 2) {
            return null;
        }
        int k = day.end;
        if (t.is(k, "of")) {
            k++;
        }
        int mm = month(k);
        if (mm == 0 || t.lineBefore(k)) {
            return null;
        }
        if (!t.digits(j) && !the && !t.is(day.end, "of")) {
            return null;   // "second March" is no date
        }
        int end = afterMonth(k);
        Num y = yearAfter(end);
        int d = day.value;
        if (y != null && TimeValues.date(y.value, mm, d) != null) {
            String v = TimeValues.day(TimeValues.date(y.value, mm, d));
            return new Reading(i, y.end, Type.DATE, null, c -> c.fixed(v));
        }
        if (t.is(j - 1, "-") && t.digits(j - 2) && t.touches(j) ) {
            return null;   // the end of "20-22 March" was read with its start
        }
        Reading shifted = dayInNamedYear(i, end, mm, d);   // "16 June last year", "the 16th of June of last year"
        if (shifted != null) {
            return shifted;
        }
        // a range of days with the month after: "20-22 March"
        Predicate<Context> done = done(i, end);
        return new Reading(i, end, Type.DATE, null, c -> c.fromArticle(
                a -> dayOrMonth(yearOf(mm, d, a, c.sentenceTense, done.test(c)), mm, d), String.format(Locale.ROOT, "XXXX-%02d-%02d", mm, d)));
    }

    /**
     * Whether the day or month at tokens {@code i..end} is one the text tells of as gone by: after "since" ("has not been
     * seen since Oct. 7"), or before a deed done ("the Oct. 7 attack", "the March 3 ruling"), unless the clause speaks of
     * the future ("the March 3 ruling will matter").
     */
    private Predicate<Context> done(int i, int end) {
        boolean since = t.is(i - 1, "since") || estimateBefore(i);
        String noun = t.is(end, "'") && t.is(end + 1, "s") ? t.at(end + 2) : t.at(end);
        boolean deed = DONE_DEEDS.contains(noun);
        boolean unplanned = UNPLANNED_DEEDS.contains(noun);   // no one schedules "the March incident": it is gone by
        return c -> since || unplanned || deed && c.tense != Direction.FUTURE;
    }

    /**
     * Whether the day or month at {@code i} tells when an estimate it is compared with was made: "less than forecast in
     * July", "as projected in March" (a forecast already made, however far ahead the clause looks).
     */
    private boolean estimateBefore(int i) {
        int k = t.is(i - 1, "in") || t.is(i - 1, "on") ? i - 2 : i - 1;
        return ESTIMATES.contains(t.at(k)) && (t.is(k - 1, "than") || t.is(k - 1, "as"));
    }

    /**
     * Whether the month at tokens {@code i..end} names when an election is held ("the November election", "November's
     * vote", "the November general election"): the nearest such month, ahead or gone by, whatever the clause's tense
     * ("said the party must focus on the November election" in July is this year's).
     */
    private boolean ofAnElection(int end) {
        int k = t.is(end, "'") && t.is(end + 1, "s") ? end + 2 : end;
        if (ELECTION_KINDS.contains(t.at(k))) {
            k++;
        }
        return ELECTIONS.contains(t.at(k));
    }

    /** The year of a month (and day, when not 0) that lies nearest {@code a}, ahead or gone by. */
    private static int nearestYear(int month, int day, LocalDate a) {
        int best = a.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int y = a.getYear() - 1; y <= a.getYear() + 1; y++) {
            LocalDate first = LocalDate.of(y, month, 1);
            LocalDate d = day > 0 ? first.withDayOfMonth(Math.min(day, first.lengthOfMonth())) : first.withDayOfMonth(15);
            long distance = Math.abs(d.toEpochDay() - a.toEpochDay());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = y;
            }
        }
        return best;
    }

    /** The year of a month (and day, when not 0) near {@code a} by the clause's tense; before {@code a} when it is {@code done}. */
    private static int yearOf(int month, int day, LocalDate a, Direction tense, boolean done) {
        int year = TimeValues.yearOf(month, day, a, tense);
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate d = day > 0 ? first.withDayOfMonth(Math.min(day, first.lengthOfMonth())) : first;
        return done && d.isAfter(a) ? year - 1 : year;
    }

    /** A year after a day of a month: "16, 2024", "16 2024". */
    private Num yearAfter(int i) {
        int k = i;
        if (t.is(k, ",")) {
            k++;
        }
        if (t.lineBefore(k)) {
            return null;
        }
        Num y = year(k);
        if (y == null || t.width(k) != 4 && !t.is(k, "'")) {
            return null;
        }
        return y;
    }

    /**
     * A day of a month read from word {@code i}, then "last year", "this year" or "next year" at word {@code at}
     * (after an optional "of"): that day in the year the words name from the article's; null when no such words follow.
     */
    private Reading dayInNamedYear(int i, int at, int month, int day) {
        int ye = t.is(at, "of") ? at + 1 : at;
        int shift = yearWord(ye);
        if (shift == Integer.MIN_VALUE) {
            return null;
        }
        return new Reading(i, ye + 2, Type.DATE, null, c -> c.fromArticle(
                a -> dayOrMonth(a.getYear() + shift, month, day), String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day)));
    }

    /** "last year" (-1), "this year" (0), "next year" (1) after a month, or MIN_VALUE. */
    private int yearWord(int i) {
        if (!t.is(i + 1, "year")) {
            return Integer.MIN_VALUE;
        }
        return switch (t.at(i)) {
            case "last" -> -1;
            case "this" -> 0;
            case "next" -> 1;
            default -> Integer.MIN_VALUE;
        };
    }

    private static String dayOrMonth(int year, int month, int day) {
        LocalDate d = TimeValues.date(year, month, day);
        return d == null ? TimeValues.month(year, month) : TimeValues.day(d);
    }

    private static String range(int year, int month, int first, int last) {
        return dayOrMonth(year, month, first) + "/" + dayOrMonth(year, month, last);
    }

    /** "2023-03-01", "3/1/2023", "3/1/23". */
    private Reading numericDate(int i) {
        if (!t.digits(i)) {
            return null;
        }
        if (t.width(i) == 4 && t.is(i + 1, "-") && t.digits(i + 2) && t.is(i + 3, "-") && t.digits(i + 4)
                && t.touches(i + 1) && t.touches(i + 2) && t.touches(i + 3) && t.touches(i + 4) && t.width(i + 2) <= 2
                && t.width(i + 4) <= 2) {
            LocalDate d = TimeValues.date(t.number(i), t.number(i + 2), t.number(i + 4));
            if (d == null) {
                return null;
            }
            String v = TimeValues.day(d);
            return new Reading(i, i + 5, Type.DATE, null, c -> c.fixed(v));
        }
        if (t.width(i) <= 2 && t.is(i + 1, "/") && t.digits(i + 2) && t.is(i + 3, "/") && t.digits(i + 4)
                && t.touches(i + 1) && t.touches(i + 2) && t.touches(i + 3) && t.touches(i + 4) && t.width(i + 2) <= 2
                && (t.width(i + 4) == 4 || t.width(i + 4) == 2)) {
            int y = t.number(i + 4);
            if (t.width(i + 4) == 2) {
                y += y <= 30 ? 2000 : 1900;
            }
            LocalDate d = TimeValues.date(y, t.number(i), t.number(i + 2));
            if (d == null) {
                d = TimeValues.date(y, t.number(i + 2), t.number(i));
            }
            if (d == null) {
                return null;
            }
            String v = TimeValues.day(d);
            return new Reading(i, i + 5, Type.DATE, null, c -> c.fixed(v));
        }
        return null;
    }

    // ---------------------------------------------------------------- weekdays

    /**
     * "Friday", "last Monday", "this coming Sunday", "the previous Friday", "Tuesday afternoon", "Friday's",
     * "Monday through Wednesday" (a range of days), "Mondays" and "Tuesday nights" (sets).
     */
    private Reading weekdays(int i) {
        int j = i;
        int shift = 0;   // -1 last, 1 next, 2 this (coming), -2 this past, 3 the previous (before the text's date)
        switch (t.at(i)) {
            case "last" -> {
                shift = -1;
                j++;
            }
            case "next" -> {
                shift = 1;
                j++;
            }
            case "coming" -> {
                shift = 2;
                j++;
            }
            case "this" -> {
                if (t.is(i + 1, "past")) {
                    shift = -1;
                    j += 2;
                } else if (t.is(i + 1, "coming")) {
                    shift = 2;
                    j += 2;
                } else {
                    shift = 2;
                    j++;
                }
            }
            case "the" -> {
                if (t.is(i + 1, "previous") || t.is(i + 1, "preceding")) {
                    shift = 3;
                    j += 2;
                } else if (t.is(i + 1, "following") || t.is(i + 1, "next")) {
                    shift = 4;
                    j += 2;
                }
            }
            default -> {
            }
        }
        if (j == i + 1 && t.is(i, "the")) {
            return null;
        }
        DayOfWeek plural = WEEKDAY_PLURALS.get(t.at(j));
        if (plural != null && t.capital(j) && shift == 0) {
            String suffix = "";
            int end = j + 1;
            return new Reading(i, end, Type.SET, null, c -> c.fixed("XXXX-WXX-" + plural.getValue() + suffix));
        }
        DayOfWeek d = weekday(j);
        if (d == null) {
            return null;
        }
        if (shift == 0 && j > 0 && t.is(j - 1, "news") && t.capital(j - 1) && t.capital(j) && !t.lineBefore(j)) {
            return null;   // "Fox News Sunday", "CBS News Sunday Morning": a show, no day
        }
        int end = afterWeekday(j);
        if (shift == 0 && anyWeekday(j)) {
            // "book on a Tuesday", "on a Tuesday, Wednesday or Sunday": any such day, no day of the calendar
            return new Reading(i, end, Type.DATE, null, c -> c.fixed("XXXX-WXX-" + d.getValue()));
        }
        String part = PARTS_OF_DAY.get(t.at(end));
        if (part != null && !t.lineBefore(end)) {
            if (t.at(end).endsWith("s") && !t.at(end).equals("overnight")) {
                int to = end + 1;
                return new Reading(i, to, Type.SET, null, c -> c.fixed("XXXX-WXX-" + d.getValue() + "T" + part));
            }
            end++;
        }
        if (part == null && (t.is(end, "and") || t.is(end, "or")) && weekday(end + 1) != null && !t.lineBefore(end + 1)) {
            // "on Monday and Tuesday nights": the plural part makes both days a habit, every Monday night
            int after = afterWeekday(end + 1);
            String shared = PARTS_OF_DAY.get(t.at(after));
            if (shared != null && t.at(after).endsWith("s") && !t.lineBefore(after)) {
                return new Reading(i, end, Type.SET, null, c -> c.fixed("XXXX-WXX-" + d.getValue() + "T" + shared));
            }
        }
        String suffix = part != null && end > afterWeekday(j) && !t.is(end - 1, "s") ? "T" + part : "";
        if (shift == 0 && t.is(end, "'") && t.is(end + 1, "s") && t.touches(end) && DONE_DEEDS.contains(t.at(end + 2))) {
            shift = 5;   // "Wednesday's ruling": what the day saw is done
        }
        if (shift != 0 && suffix.isEmpty() && t.is(end, ",")) {
            Reading dated = calendarDate(j);   // "this coming Sunday, March 8": the date says which
            if (dated != null && dated.meaning != null && dated.type == Type.DATE && dated.to > end + 1) {
                return new Reading(i, dated.to, Type.DATE, dated.mod, dated.meaning);
            }
        }
        int s = shift;
        if (shift == 0 && suffix.isEmpty() && inOtherZone(i, end)) {
            // "on Tuesday (early Wednesday AEST)": the day just named, told in another zone, is a day before or after it
            Meaning told = weekdayMeaning(d, 0, "");
            return new Reading(i, end, Type.DATE, null, c -> {
                if (c.sentenceDay != null) {
                    for (int n = -1; n <= 1; n++) {
                        if (c.sentenceDay.plusDays(n).getDayOfWeek() == d) {
                            return new Resolved(TimeValues.day(c.sentenceDay.plusDays(n)), Anchor.TEXT);
                        }
                    }
                }
                return told.resolve(c);
            });
        }
        Meaning first = weekdayMeaning(d, s, suffix);
        // a range of days: "Monday through Wednesday", "Monday to Wednesday", "Monday-Wednesday"
        int k = end;
        if ((t.is(k, "through") || t.is(k, "thru") || t.is(k, "to") || t.is(k, "until") || t.is(k, "till")
                || t.is(k, "-")) && suffix.isEmpty()) {
            DayOfWeek last = weekday(k + 1);
            if (last != null && last != d) {
                Meaning firstDay = weekdayMeaning(d, s, "");
                return new Reading(i, afterWeekday(k + 1), Type.DATE, null, c -> {
                    Resolved from = firstDay.resolve(c);
                    if (from.value().startsWith("X")) {
                        return new Resolved(from.value() + "/XXXX-WXX-" + last.getValue(), from.anchor());
                    }
                    LocalDate a = LocalDate.parse(from.value());
                    return new Resolved(from.value() + "/" + TimeValues.day(TimeValues.weekday(a, last, Direction.FUTURE, false)),
                            from.anchor());
                });
            }
        }
        return new Reading(i, end, suffix.isEmpty() ? Type.DATE : Type.TIME, null, first);
    }

    /**
     * Whether the weekday at {@code i} (ending at {@code end}) opens a bracket, maybe after one word ("early"), and a
     * time zone in capitals follows it: "(early Wednesday AEST)", "(Thursday GMT)".
     */
    private boolean inOtherZone(int i, int end) {
        return (t.is(i - 1, "(") || t.is(i - 2, "(") && t.letters(i - 1) && !t.capital(i - 1))
                && ZONES.contains(t.at(end)) && t.allCapitals(end) && !t.lineBefore(end);
    }

    /**
     * Whether the weekday at {@code j} follows "on a" ("on a Tuesday"), itself or through a list of weekdays that does
     * ("on a Tuesday, Wednesday or Sunday"): a day of that name, whichever it falls on.
     */
    private boolean anyWeekday(int j) {
        int k = j - 1;
        for (int n = 0; n < 6; n++) {
            if (t.is(k, "a")) {
                return t.is(k - 1, "on");   // not "a Monday deadline": one deadline, on one Monday
            }
            if (!(t.is(k, ",") || t.is(k, "or") || t.is(k, "and")) || weekday(k - 1) == null) {
                return false;
            }
            k -= 2;
        }
        return false;
    }

    /**
     * A weekday reckoned from a date: the article's, or (for a weekday in the future of a clause that follows a
     * day the sentence named: "confirmed on Friday that he will visit Monday") that day's; the latest such weekday
     * on or before it, or when the clause speaks of the future the first on or after it.
     */
    static Meaning weekdayMeaning(DayOfWeek d, int shift, String suffix) {
        return c -> {
            String unknown = "XXXX-WXX-" + d.getValue() + suffix;
            Direction direction;
            boolean strict = false;
            switch (shift) {
                case -1 -> {
                    direction = Direction.PAST;
                    strict = true;
                }
                case 1 -> {
                    direction = Direction.FUTURE;
                    strict = true;
                }
                case 2 -> direction = Direction.FUTURE;
                case 5 -> direction = Direction.PAST;
                case 3, 4 -> {
                    direction = shift == 3 ? Direction.PAST : Direction.FUTURE;
                    strict = true;
                    LocalDate base = c.reference != null && c.referenceUnit == Unit.DAY ? c.reference : null;
                    if (base != null) {
                        return new Resolved(TimeValues.day(TimeValues.weekday(base, d, direction, true)) + suffix, Anchor.TEXT);
                    }
                }
                default -> direction = c.tense == Direction.FUTURE ? Direction.FUTURE : Direction.PAST;
            }
            if (shift == 0 && c.tense == Direction.FUTURE && c.sentenceDay != null) {
                return new Resolved(TimeValues.day(TimeValues.weekday(c.sentenceDay, d, Direction.FUTURE, true)) + suffix,
                        Anchor.TEXT);
            }
            if (c.article == null) {
                return new Resolved(unknown, Anchor.UNRESOLVED);
            }
            boolean s = strict;
            return new Resolved(TimeValues.day(TimeValues.weekday(c.article, d, direction, s)) + suffix, Anchor.ARTICLE);
        };
    }

    // ---------------------------------------------------------------- clock times

    /** "10:30 a.m.", "10 p.m. Wednesday", "5 p.m. EST Nov. 9", "noon Saturday", "midnight", "4 in the morning". */
    private Reading clock(int i) {
        int j = i;
        int hour;
        int minute = 0;
        boolean sure;
        boolean told = true;   // whether the words say which half of the day the hour is in ("a.m.", "in the morning")
        MinutesFromAnHour words = minutesFromAnHour(i);
        if (words != null) {
            j = words.end();
            int mer = meridiem(j);
            int h = words.hour();
            told = false;
            if (mer != 0 && h <= 12) {
                h = h % 12 + (mer == 2 ? 12 : 0);
                j = meridiemEnd(j);
                told = true;
            } else if (t.is(j, "in") && t.is(j + 1, "the") && PARTS_OF_DAY.containsKey(t.at(j + 2)) && h < 12) {
                h += t.is(j + 2, "morning") ? 0 : 12;
                j += 3;
                told = true;
            }
            int at = Math.floorMod(h * 60 + words.minutes(), 24 * 60);
            hour = at / 60;
            minute = at % 60;
            sure = true;
        } else if ((t.is(i, "noon") || t.is(i, "midday")) && !(t.capital(i) && !t.lineBefore(i) && !t.allCapitals(i))
                && !t.is(i - 1, "high")) {
            hour = 12;
            j++;
            sure = true;
        } else if (t.is(i, "midnight") && !(t.capital(i) && !t.lineBefore(i) && !t.allCapitals(i) && t.capital(i + 1)
                && t.letters(i + 1) && !t.lineBefore(i + 1))) {   // not "Midnight Magic", a name
            hour = 24;
            j++;
            sure = true;
        } else if (glued(i)) {
            return null;   // "pic.twitter.com/P2qh3Pm", "bit.ly/x7pm": letters of a link, not an hour
        } else if (t.digits(i) && t.width(i) <= 2 || spelledHour(i)) {
            hour = t.digits(i) ? t.number(i) : NUMBERS.get(t.at(i));
            j++;
            if (t.is(j, ":") && t.touches(j) && t.digits(j + 1) && t.touches(j + 1) && t.width(j + 1) == 2) {
                minute = t.number(j + 1);
                j += 2;
                if (minute > 59 || hour > 24) {
                    return null;
                }
            } else if (t.is(j, ".") && t.touches(j) && t.digits(j + 1) && t.touches(j + 1) && t.width(j + 1) == 2
                    && meridiem(j + 2) != 0) {
                minute = t.number(j + 1);
                j += 2;
            }
            int mer = meridiem(j);
            sure = false;
            told = mer != 0;
            if (mer != 0) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour % 12 + (mer == 2 ? 12 : 0);
                j = meridiemEnd(j);
                sure = true;
            } else if (t.is(j, "o") && t.is(j + 1, "'") && t.is(j + 2, "clock")) {
                j += 3;
                sure = hour <= 12;
            } else if (t.is(j, "in") && t.is(j + 1, "the") && PARTS_OF_DAY.containsKey(t.at(j + 2)) && hour <= 12) {
                String p = t.at(j + 2);
                if (!p.equals("morning") && hour < 12) {
                    hour += 12;
                }
                j += 3;
                sure = true;
                told = true;
            } else if (j == i + 1 && t.width(i) == 2 && (t.is(j, "hrs") || t.is(j, "hours")) && hour <= 24
                    && (t.is(i - 1, "at") || t.is(i - 1, "beyond") || t.is(i - 1, "until") || t.is(i - 1, "till"))) {
                sure = true;   // "open at 16hrs", "beyond 18 hours": the hour of a 24-hour clock, not an amount of hours
            } else if (j > i + 1 && hour <= 24) {
                String before = t.at(i - 1);
                sure = before.equals("at") || before.equals("around") || before.equals("about") || before.equals("by")
                        || before.equals("until") || before.equals("till") || before.equals("from") || before.equals("since")
                        || before.equals("before") || before.equals("after") || ZONES.contains(t.at(j));
            }
            if (!sure && hour >= 1 && hour <= 12 && BEFORE_BARE_HOUR.contains(t.at(i - 1)) && dayWithPart(j) != null) {
                sure = true;   // "at 8 tonight", "by 7 Tuesday evening": an hour of that part of the day
            }
            if (!sure || hour > 24) {
                return null;
            }
        } else if (t.digits(i) && t.width(i) == 4 && (ZONES.contains(t.at(i + 1)) || t.is(i + 1, "hours") || t.is(i + 1, "hrs"))) {
            int hhmm = t.number(i);
            hour = hhmm / 100;
            minute = hhmm % 100;
            if (hour > 24 || minute > 59) {
                return null;
            }
            j++;
        } else {
            return null;
        }
        if (ZONES.contains(t.at(j)) && !t.lineBefore(j)) {
            j++;
        } else if ((t.is(j, "local") || t.is(j, "eastern") || t.is(j, "pacific") || t.is(j, "central")) && t.is(j + 1, "time")) {
            j += 2;
        } else if (t.is(j, "hours") || t.is(j, "hrs")) {
            j++;
        }
        // the day it is on
        int k = j;
        if (t.is(k, ",")) {
            k++;
        }
        if (t.is(k, "on")) {
            k++;
        }
        Reading day = null;
        Reading withPart = k == j ? dayWithPart(k) : null;
        if (withPart != null) {
            day = withPart;
        } else if (!t.lineBefore(k)) {
            day = longer(longer(calendarDate(k), weekdays(k)), deictic(k));
            if (day != null && (day.meaning == null || day.type != Type.DATE || day.from != k)) {
                day = null;
            }
        }
        int end = day != null ? day.to : j;
        Meaning on = day != null ? day.meaning : dayAfterAside(j);
        if (withPart != null && !told && hour < 12) {
            // "6 o'clock this afternoon", "at 8 tonight": the hour after noon
            String part = PARTS_OF_DAY.getOrDefault(t.at(withPart.to - 1), "NI");
            if (part.equals("AF") || part.equals("EV") || part.equals("NI") && hour >= 6) {
                hour += 12;
            }
        }
        int h = hour;
        int mi = minute;
        // a clock time on a line of its own heads an entry of a live report: the hour of the report's day
        boolean stamp = on == null && t.lineBefore(i) && t.lineBefore(end);
        String clock = String.format(Locale.ROOT, "T%02d:%02d", h, mi);
        if (stamp) {
            return new Reading(i, end, Type.TIME, null, c -> c.fromArticle(a -> TimeValues.day(a) + clock, "XXXX-XX-XX" + clock));
        }
        if (on != null) {
            return new Reading(i, end, Type.TIME, null, c -> {
                Resolved r = on.resolve(c);
                return new Resolved(r.value().substring(0, Math.min(10, r.value().length())) + clock, r.anchor());
            });
        }
        return new Reading(i, end, Type.TIME, null, (DaylessClock) c -> {
            if (c.sentenceDay != null) {
                return new Resolved(TimeValues.day(c.sentenceDay) + clock, Anchor.TEXT);
            }
            if (c.reference != null && c.referenceUnit == Unit.DAY) {
                return new Resolved(TimeValues.day(c.reference) + clock, Anchor.TEXT);   // the day the text speaks of
            }
            return c.fromArticle(a -> TimeValues.day(a) + clock, "XXXX-XX-XX" + clock);
        });
    }

    /** Words before a bare number that make it an hour when a part of a day follows it ("at 8 tonight"). */
    private static final Set<String> BEFORE_BARE_HOUR = Set.of("at", "around", "about", "by", "until", "till", "before",
            "after", "from", "since");

    /**
     * A day with its part right at {@code k}, which a clock time before it falls in: "this afternoon", "tonight",
     * "Tuesday evening", "last night"; null when none is.
     */
    private Reading dayWithPart(int k) {
        if (t.lineBefore(k)) {
            return null;
        }
        Reading d = longer(weekdays(k), deictic(k));
        if (d == null || d.meaning == null || d.type != Type.TIME || d.from != k) {
            return null;
        }
        String last = t.at(d.to - 1);
        return last.equals("tonight") || PARTS_OF_DAY.containsKey(last) && !last.endsWith("s") ? d : null;
    }

    /** Whether the number at {@code i} is glued to a word or a link's mark before it ("h3Pm", "/7pm", "id_4pm"). */
    private boolean glued(int i) {
        return t.digits(i) && i > 0 && t.touches(i) && (t.letters(i - 1) || t.is(i - 1, "/") || t.is(i - 1, "_")
                || t.is(i - 1, "=") || t.is(i - 1, "@") || t.is(i - 1, "#"));
    }

    /**
     * The meaning of the day named just after a clock time and an aside in brackets, which stays out of the
     * expression: "at 10:35 a.m. (0735 GMT) on Friday", "(0735 GMT) on Friday"; null when none is.
     */
    private Meaning dayAfterAside(int j) {
        int k = j;
        if (t.is(k, "(")) {
            int close = k + 1;
            while (close < k + 6 && !t.is(close, ")") && !t.is(close, ".") && close < t.size) {
                close++;
            }
            if (!t.is(close, ")")) {
                return null;
            }
            k = close + 1;
        } else if (t.is(k, ")")) {
            k++;
        } else {
            return null;
        }
        if (t.is(k, ",")) {
            k++;
        }
        if (t.is(k, "on")) {
            k++;
        }
        if (t.lineBefore(k)) {
            return null;
        }
        Reading day = longer(weekdays(k), calendarDate(k));
        return day != null && day.meaning != null && day.type == Type.DATE && day.from == k ? day.meaning : null;
    }

    /** 1 for "a.m.", 2 for "p.m." at {@code i}, else 0. */
    /** An hour and the minutes before (negative) or after it that words name, ending before {@code end}. */
    private record MinutesFromAnHour(int end, int hour, int minutes) {
    }

    /**
     * A time of day told as minutes to or past an hour: "ten minutes to three", "half past noon", "a quarter to five",
     * "at twenty past six", "at twenty after twelve" (TimeML 1.2, TIMEX3 type TIME: "Mr. Smith left ten minutes to
     * three", "at five to eight", "at twenty after twelve", "at half past noon"). The hour is one to twelve, "noon" or
     * "midnight", with no amount or unit after it; minutes before "to" or "past" without the word "minutes" stand only
     * spelled out after "at" ("about 8 to 5" is a ratio); "after" takes no "minutes" ("ten minutes after three" is two
     * times, an amount and the hour it is counted from); "from 20 minutes to 3" is a change of amounts.
     */
    private MinutesFromAnHour minutesFromAnHour(int i) {
        int minutes;
        int k;
        boolean fraction = false;
        if (t.is(i, "half") && t.is(i + 1, "past")) {
            minutes = 30;
            k = i + 1;
            fraction = true;
        } else if (quarterOfAnHour(i) > 0) {
            k = quarterOfAnHour(i);
            minutes = 15;
            fraction = true;
        } else {
            Quantity q = t.digits(i) && t.width(i) > 2 ? null : quantity(i);
            if (q == null || q.article() || q.value() < 1 || q.value() > 59 || q.value() != Math.floor(q.value())) {
                return null;
            }
            minutes = (int) q.value();
            k = q.end();
            boolean counted = t.is(k, "minutes") || t.is(k, "mins");
            if (counted) {
                k++;
            }
            boolean at = t.is(i - 1, "at") && t.letters(i);   // "at five to eight", not "about 8 to 5", a ratio
            if (t.is(k, "after") ? counted || !at : !(t.is(k, "to") || t.is(k, "past")) || !counted && !at) {
                return null;
            }
            for (int b = i - 1; b >= Math.max(0, i - 3); b--) {
                if (t.is(b, "from") || t.is(b, "between")) {
                    return null;   // "cut the wait from 20 minutes to 3": amounts
                }
            }
        }
        int h = k + 1;
        int hour;
        if (t.is(h, "noon") || t.is(h, "midday")) {
            hour = 12;
        } else if (t.is(h, "midnight")) {
            hour = 24;
        } else if (t.digits(h) && t.width(h) <= 2 && !(t.is(h + 1, ":") && t.touches(h + 1)) || NUMBERS.containsKey(t.at(h))) {
            hour = t.digits(h) ? t.number(h) : NUMBERS.get(t.at(h));
            if (hour < 1 || hour > 12 || UNITS.containsKey(t.at(h + 1)) || AMOUNT_AFTER_HOUR.contains(t.at(h + 1))
                    || t.digits(h + 1) || t.is(h + 1, "-") && t.touches(h + 1)
                    || (t.is(h + 1, ".") || t.is(h + 1, ",")) && t.touches(h + 1) && t.digits(h + 2) && t.touches(h + 2)) {
                return null;   // "to 3 hours", "to 3 million", "to 3%", "to 3-2", "to 3.5"
            }
        } else {
            return null;
        }
        if (!fraction && t.is(h + 1, "o") && t.is(h + 2, "'")) {
            h += 3;   // "ten to three o'clock"
        }
        int sign = t.is(k, "to") ? -1 : 1;
        return new MinutesFromAnHour(h + 1, hour, sign * minutes);
    }

    /**
     * Whether token {@code i} is an hour spelled out ("eleven", "six") that words after it make a time of day: "a.m.",
     * "p.m.", "o'clock", "in the morning" (TimeML 1.2, TIMEX3 type TIME: "eleven in the morning", "twelve o'clock").
     */
    private boolean spelledHour(int i) {
        Integer hour = NUMBERS.get(t.at(i));
        if (hour == null || hour < 1 || hour > 12 || t.digits(i)) {
            return false;
        }
        int j = i + 1;
        return meridiem(j) != 0 || t.is(j, "o") && t.is(j + 1, "'") && t.is(j + 2, "clock")
                || t.is(j, "in") && t.is(j + 1, "the") && PARTS_OF_DAY.containsKey(t.at(j + 2));
    }

    /** Words after an hour that make it an amount. */
    private static final Set<String> AMOUNT_AFTER_HOUR = Set.of("percent", "%", "million", "billion", "thousand",
            "hundred", "per", "points", "times", "of", "/");

    /** The token of "past", "to" or "after" after "a quarter" or "quarter" starting at {@code i}, or 0. */
    private int quarterOfAnHour(int i) {
        int q = t.is(i, "a") ? i + 1 : i;
        if (!t.is(q, "quarter") || q == i && t.is(i - 1, "a")) {
            return 0;
        }
        int k = q + 1;
        return t.is(k, "past") || t.is(k, "to") || t.is(k, "after") ? k : 0;
    }

    private int meridiem(int i) {
        String w = t.at(i);
        if (w.equals("am") || w.equals("pm")) {
            return w.equals("am") ? 1 : 2;
        }
        if ((w.equals("a") || w.equals("p")) && t.is(i + 1, ".") && t.touches(i + 1) && t.is(i + 2, "m") && t.touches(i + 2)) {
            return w.equals("a") ? 1 : 2;
        }
        return 0;
    }

    private int meridiemEnd(int i) {
        if (t.is(i, "am") || t.is(i, "pm")) {
            return t.is(i + 1, ".") && t.touches(i + 1) && !t.capital(i + 2) ? i + 1 : i + 1;
        }
        int end = i + 3;
        if (t.is(end, ".") && t.touches(end)) {
            end++;
        }
        return end;
    }

    // ---------------------------------------------------------------- days named from today

    /**
     * Whether a capitalized "Today" or "Tonight" inside a sentence is a name (the "Today" show, USA Today): the word
     * before it, past any quotation mark, is written in lower case or in capitals only; "TODAY" after a word in capitals
     * with running text after it. In a headline whose every word is capitalized it is a day.
     */
    private boolean namesAShow(int i) {
        if (t.allCapitals(i) && !t.lineBefore(i) && t.allCapitals(i - 1) && t.at(i - 1).length() > 1
                && (t.letters(i + 1) && !t.capital(i + 1) || t.is(i + 1, "'") && t.is(i + 2, "s"))) {
            return true;   // "a USA TODAY analysis", "USA TODAY's tally": a name in capitals in running text
        }
        if (!t.capital(i) || t.allCapitals(i) || t.lineBefore(i)) {
            return false;
        }
        int before = i - 1;
        while (before >= 0 && t.mark(before) && (t.is(before, "\"") || t.is(before, "'") || t.at(before).equals("\u201c"))) {
            before--;
        }
        return t.letters(before) && (!t.capital(before) || t.allCapitals(before) && t.at(before).length() > 1);
    }

    /** "today", "yesterday", "tomorrow", "tonight", "yesterday morning", "this afternoon", "last night". */
    private Reading deictic(int i) {
        String w = t.at(i);
        if ((w.equals("today") || w.equals("tonight")) && namesAShow(i)) {
            return null;
        }
        int offset;
        int j = i + 1;
        switch (w) {
            case "today" -> offset = 0;
            case "yesterday" -> offset = -1;
            case "tomorrow" -> {
                if (aGenericFuture(i)) {
                    return null;   // "the leaders of tomorrow": the age to come, no day
                }
                offset = 1;
            }
            case "tonight" -> {
                return new Reading(i, j, Type.TIME, null, c -> c.fromArticle(a -> TimeValues.day(a) + "TNI", "XXXX-XX-XXTNI"));
            }
            case "this", "last" -> {
                String p = PARTS_OF_DAY.get(t.at(i + 1));
                if (p == null || t.at(i + 1).endsWith("s") || t.is(i + 1, "overnight")) {
                    return null;
                }
                if (w.equals("last") && !(p.equals("NI") || p.equals("EV"))) {
                    return null;
                }
                int shift = w.equals("last") ? -1 : 0;
                return new Reading(i, i + 2, Type.TIME, null,
                        c -> c.fromArticle(a -> TimeValues.day(a.plusDays(shift)) + "T" + p, "XXXX-XX-XXT" + p));
            }
            case "the" -> {
                if (t.is(i + 1, "day") && (t.is(i + 2, "before") && t.is(i + 3, "yesterday")
                        || t.is(i + 2, "after") && t.is(i + 3, "tomorrow"))) {
                    int o = t.is(i + 2, "before") ? -2 : 2;
                    return new Reading(i, i + 4, Type.DATE, null,
                            c -> c.fromArticle(a -> TimeValues.day(a.plusDays(o)), "XXXX-XX-XX"));
                }
                if (t.is(i + 1, "day") && (t.is(i + 2, "before") || t.is(i + 2, "after")) && !t.lineBefore(i + 3)) {
                    return dayNextTo(i, t.is(i + 2, "before") ? -1 : 1);
                }
                return null;
            }
            default -> {
                return null;
            }
        }
        if (t.is(j, "'") && t.is(j + 1, "s") && t.touches(j)) {
            if (offset == 0 && GENERIC_PRESENT.contains(t.at(j + 2))) {
                return null;   // "today's youth": the present age, no day
            }
            return new Reading(i, j, Type.DATE, null, c -> c.fromArticle(a -> TimeValues.day(a.plusDays(offset)), "XXXX-XX-XX"));
        }
        String p = PARTS_OF_DAY.get(t.at(j));
        if (p != null && !t.at(j).endsWith("s") && !t.lineBefore(j)) {
            return new Reading(i, j + 1, Type.TIME, null,
                    c -> c.fromArticle(a -> TimeValues.day(a.plusDays(offset)) + "T" + p, "XXXX-XX-XXT" + p));
        }
        return new Reading(i, j, Type.DATE, null, c -> c.fromArticle(a -> TimeValues.day(a.plusDays(offset)), "XXXX-XX-XX"));
    }

    /** "the day before Tuesday", "the day after March 3": the day next to a day the words after name. */
    private Reading dayNextTo(int i, int offset) {
        Reading day = longer(weekdays(i + 3), calendarDate(i + 3));
        if (day == null || day.meaning == null || day.type != Type.DATE || day.from != i + 3) {
            return null;
        }
        return new Reading(i, day.to, Type.DATE, null, fromDay(day.meaning, d -> TimeValues.day(d.plusDays(offset))));
    }

    /** The value {@code value} makes of the day {@code on} names; {@code on}'s own when it names no single day. */
    private static Meaning fromDay(Meaning on, java.util.function.Function<LocalDate, String> value) {
        return c -> {
            Resolved r = on.resolve(c);
            String v = r.value();
            if (v.length() != 10 || !Character.isDigit(v.charAt(0)) || !Character.isDigit(v.charAt(9))) {
                return r;
            }
            return new Resolved(value.apply(LocalDate.parse(v)), r.anchor());
        };
    }

    /**
     * A part of a day before its day ("mid-afternoon yesterday", "evening Friday"), or after "mid" on the day the text
     * speaks of ("by mid-afternoon").
     */
    private Reading partOfDay(int i) {
        Reading within = partOfTheDay(i);
        if (within != null) {
            return within;
        }
        int j = i;
        boolean mid = t.is(j, "mid") || t.is(j, "midafternoon") || t.is(j, "midmorning");
        if (t.is(j, "midafternoon") || t.is(j, "midmorning")) {
            String p = t.is(j, "midafternoon") ? "AF" : "MO";
            return new Reading(i, j + 1, Type.TIME, null, onTheDay(null, p));
        }
        if (mid) {
            j++;
            if (t.is(j, "-") && t.touches(j)) {
                j++;
            }
        }
        String p = PARTS_OF_DAY.get(t.at(j));
        if (p == null || t.at(j).endsWith("s") || t.is(j, "overnight") || t.lineBefore(j) && j > i) {
            return null;
        }
        Reading day = t.lineBefore(j + 1) ? null : longer(weekdays(j + 1), deictic(j + 1));
        if (day != null && (day.meaning == null || day.type != Type.DATE || day.from != j + 1)) {
            day = null;
        }
        if (day == null && !mid) {
            return null;
        }
        return new Reading(i, day != null ? day.to : j + 1, Type.TIME, null, onTheDay(day == null ? null : day.meaning, p));
    }

    /** Words after "in the morning" that leave it a time of its own, not a modifier of a noun ("the morning paper"). */
    private static final Set<String> AFTER_PART_OF_DAY = Set.of("to", "when", "while", "before", "after", "as", "at", "in",
            "on", "with", "for", "from", "until", "or");

    /**
     * "in the morning", "during the evening": a part of the day the text speaks of, the day named in this sentence or the
     * last one (TimeML marks "the morning"); none when no day was named near (its meaning then resolves to null); not
     * "the morning paper", not "the morning of June 5" (read with its day), not "in the mornings" (a habit).
     */
    private Reading partOfTheDay(int i) {
        if (!t.is(i, "the") || !(t.is(i - 1, "in") || t.is(i - 1, "during"))) {
            return null;
        }
        String n = t.at(i + 1);
        String part = PARTS_OF_DAY.get(n);
        if (part == null || n.endsWith("s") || n.equals("overnight")
                || !(endsClause(i + 2) || AFTER_PART_OF_DAY.contains(t.at(i + 2)))) {
            return null;
        }
        return new Reading(i, i + 2, Type.TIME, null, c -> {
            if (c.sentenceDay != null) {
                return new Resolved(TimeValues.day(c.sentenceDay) + "T" + part, Anchor.TEXT);
            }
            if (c.reference != null && c.referenceNear && c.referenceUnit == Unit.DAY) {
                return new Resolved(TimeValues.day(c.reference) + "T" + part, Anchor.TEXT);
            }
            return null;   // a part of a day alone names no day: "It rained in the morning."
        });
    }

    /**
     * Whether "tomorrow" at {@code i} names the age to come, not the next day: after "of" and a plural noun or a noun of
     * the present age, at the end of its clause ("the leaders of tomorrow", "the people of tomorrow.", "the world of
     * tomorrow"); not "as of tomorrow", "the end of tomorrow", "the results of tomorrow's vote" (a day).
     */
    private boolean aGenericFuture(int i) {
        if (!t.is(i - 1, "of") || !t.letters(i - 2) || t.capital(i - 2) && !t.lineBefore(i - 2)
                || !(endsClause(i + 1) || t.is(i + 1, "who") || t.is(i + 1, "will") || t.is(i + 1, "are"))) {
            return false;   // "the results of tomorrow's vote", "the plans of tomorrow morning" are of a day
        }
        String noun = t.at(i - 2);
        return GENERIC_PRESENT.contains(noun) || noun.equals("people") || noun.length() > 3 && noun.endsWith("s")
                && !noun.endsWith("ss") && !noun.endsWith("us") && !noun.endsWith("is");
    }

    /** "the week of March 6": the week that holds that day. */
    private Reading weekOf(int i) {
        if (!(t.is(i, "the") && t.is(i + 1, "week") && t.is(i + 2, "of"))) {
            return null;
        }
        Reading day = calendarDate(i + 3);
        if (day == null || day.meaning == null || day.type != Type.DATE || day.from != i + 3) {
            return null;
        }
        return new Reading(i, day.to, Type.DATE, null, fromDay(day.meaning, TimeValues::week));
    }

    /** A part of a day on the day {@code day} means, else on the day the text speaks of, else the article's. */
    private static Meaning onTheDay(Meaning day, String part) {
        return c -> {
            if (day != null) {
                Resolved r = day.resolve(c);
                return new Resolved(r.value().substring(0, Math.min(10, r.value().length())) + "T" + part, r.anchor());
            }
            if (c.sentenceDay != null) {
                return new Resolved(TimeValues.day(c.sentenceDay) + "T" + part, Anchor.TEXT);
            }
            return c.fromArticle(a -> TimeValues.day(a) + "T" + part, "XXXX-XX-XXT" + part);
        };
    }

    // ---------------------------------------------------------------- periods named from today

    /**
     * "last week", "this month", "next year", "the past year", "the coming week", "this weekend", "last fall",
     * "last April", "this century", "the current year".
     */
    private Reading relative(int i) {
        int j = i;
        boolean the = false;
        if (t.is(j, "the")) {
            the = true;
            j++;
        }
        int shift;
        String w = t.at(j);
        switch (w) {
            case "this", "current", "present" -> shift = 0;
            case "last", "past", "previous", "prior" -> shift = -1;
            case "next", "coming", "following", "upcoming" -> shift = 1;
            default -> {
                return null;
            }
        }
        if (w.equals("this") && the) {
            return null;
        }
        if (!the && (w.equals("past") || w.equals("coming") || w.equals("current") || w.equals("present")
                || w.equals("following") || w.equals("upcoming") || w.equals("prior"))) {
            return null;   // "the past year", "the coming week", but not "past years"
        }
        if (the && (w.equals("following") || w.equals("previous") || w.equals("prior"))) {
            return null;   // "the following year" is reckoned from the text's last date
        }
        j++;
        if (w.equals("this") && (t.is(j, "past") || t.is(j, "coming"))) {
            shift = t.is(j, "past") ? -1 : 1;
            j++;
        }
        int s = shift;
        String next = t.at(j);
        Unit unit = UNITS.get(next);
        if (unit != null && t.capital(j) && !t.allCapitals(j) && !t.lineBefore(i)) {
            return null;   // ABC's "This Week", a name
        }
        if (unit != null && !PLURAL_UNITS.contains(next) && unit != Unit.SECOND && unit != Unit.MINUTE && unit != Unit.HOUR
                && unit != Unit.DAY) {
            if (unit == Unit.QUARTER) {
                return null;   // quarters are read with the other quarters
            }
            int end = j + 1;
            if (t.is(end, "or") && t.is(end + 1, "so")) {
                end += 2;
            }
            if (unit == Unit.WEEKEND) {
                return new Reading(i, end, Type.DATE, null, c -> c.fromArticle(a -> weekend(a, s), "XXXX-WXX-WE"));
            }
            if (the && (w.equals("past") || w.equals("next") || w.equals("coming"))
                    && (unit == Unit.DECADE || unit == Unit.CENTURY)) {
                // "over the past decade", "over the next decade", "the coming century": ten (a hundred) years from now
                String v = unit == Unit.DECADE ? "P10Y" : "P100Y";
                return new Reading(i, end, Type.DURATION, null, c -> c.fixed(v));
            }
            if (the && w.equals("next")) {
                // "the next week" in a sentence told in the past is the week after the last date the text named ("left on
                // June 3 and returned the next week"), never the week after the article's date: when the text named no
                // date as fine as a week, which week it was is unknown
                return new Reading(i, end, Type.DATE, null, c -> {
                    if (!c.toldInThePast) {
                        return c.fromArticle(a -> TimeValues.period(a, unit, s), TimeValues.unknownPeriod(unit));
                    }
                    return c.reference != null && c.referenceUnit.ordinal() <= unit.ordinal()
                            ? new Resolved(TimeValues.period(c.reference, unit, 1), Anchor.TEXT)
                            : new Resolved(TimeValues.unknownPeriod(unit), Anchor.UNRESOLVED);
                });
            }
            if (unit == Unit.YEAR && w.equals("last") && !the && end == j + 1 && comparesAmounts(i, end)) {
                // "compared with $3 million last year", "from last year's $1.5 billion": in a report of a quarter, the
                // amount of that quarter a year before
                return new Reading(i, end, Type.DATE, null, yearAgo(false));
            }
            return new Reading(i, end, Type.DATE, null,
                    c -> c.fromArticle(a -> TimeValues.period(a, unit, s), TimeValues.unknownPeriod(unit)));
        }
        if (the) {
            return null;
        }
        int m = month(j);
        if (m > 0) {
            int end = afterMonth(j);
            Num day = t.lineBefore(end) || !t.digits(end) ? null : dayOfMonth(end);
            if (day != null && !COUNTED.contains(t.at(day.end)) && !UNITS.containsKey(t.at(day.end)) && s != 0) {
                int d = day.value;
                // "last Oct. 23": the latest such day before the article's date; "next March 3": the first after it
                return new Reading(i, day.end, Type.DATE, null, c -> c.fromArticle(a -> {
                    for (int y = s < 0 ? a.getYear() : a.getYear() - 1; ; y += s < 0 ? -1 : 1) {
                        LocalDate x = TimeValues.date(y, m, d);
                        if (x != null && (s < 0 ? x.isBefore(a) : x.isAfter(a)) || Math.abs(y - a.getYear()) > 8) {
                            return x == null ? TimeValues.month(y, m) : TimeValues.day(x);
                        }
                    }
                }, String.format(Locale.ROOT, "XXXX-%02d-%02d", m, d)));
            }
            return new Reading(i, end, Type.DATE, null, c -> c.fromArticle(a -> {
                int y = a.getYear();
                if (s < 0 && m >= a.getMonthValue()) {
                    y--;
                } else if (s > 0 && m <= a.getMonthValue()) {
                    y++;
                }
                return TimeValues.month(y, m);
            }, String.format(Locale.ROOT, "XXXX-%02d", m)));
        }
        String season = SEASONS.get(next);
        if (season != null) {
            return new Reading(i, j + 1, Type.DATE, null,
                    c -> c.fromArticle(a -> seasonOf(season, a, s, s == 0 ? Direction.NONE : c.tense), "XXXX-" + season));
        }
        return null;
    }

    /** The weekend of the article's week moved by {@code shift} weeks; "the weekend" just past when shift is -1. */
    private static String weekend(LocalDate a, int shift) {
        if (shift < 0 && a.getDayOfWeek().getValue() >= 6) {
            return TimeValues.week(a.minusWeeks(1)) + "-WE";
        }
        return TimeValues.week(a.plusWeeks(shift)) + "-WE";
    }

    /** The value of a season: this one ({@code shift} 0, by tense), the last one (-1) or the next one (1). */
    private static String seasonOf(String season, LocalDate a, int shift, Direction tense) {
        int startMonth = switch (season) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        int year = a.getYear();
        int month = a.getMonthValue();
        boolean begun = season.equals("WI") ? month >= 12 || month <= 2 : month >= startMonth;
        int seasonYear = season.equals("WI") && month <= 2 ? year - 1 : year;
        if (shift < 0) {
            boolean over = season.equals("WI") ? month >= 3 && month < 12 : month >= startMonth + 3;
            return TimeValues.year(over ? seasonYear : seasonYear - 1) + "-" + season;
        }
        if (shift > 0) {
            return TimeValues.year(begun ? seasonYear + 1 : seasonYear) + "-" + season;
        }
        if (tense == Direction.PAST && !begun && !season.equals("WI")) {
            return TimeValues.year(year - 1) + "-" + season;
        }
        return TimeValues.year(seasonYear) + "-" + season;
    }

    // ---------------------------------------------------------------- amounts of time

    /**
     * "three years", "the past two weeks", "the first nine months", "a two-year term", "16-hour", "2 1/2 years",
     * "an hour and a half", "years" (after "for", "over", "in"); and points reckoned with an amount: "two years ago",
     * "a year earlier", "two weeks from now". Ages ("a 44-year-old", "44 years old") are read as no time.
     */
    private Reading amount(int i) {
        int j = i;
        boolean the = false;
        String lead = null;
        if (t.is(j, "the")) {
            the = true;
            j++;
        }
        String w = t.at(j);
        if (w.equals("past") || w.equals("last") || w.equals("next") || w.equals("first") || w.equals("coming")
                || w.equals("previous") || w.equals("following") || w.equals("final") || w.equals("latest")
                || w.equals("remaining") || w.equals("preceding") || w.equals("initial") || w.equals("additional")
                || w.equals("further") || w.equals("another") || w.equals("recent") || w.equals("better")
                || w.equals("future") || w.equals("upcoming")) {
            if (w.equals("better") && !(the && t.is(j + 1, "part") && t.is(j + 2, "of"))) {
                return null;
            }
            if (!the && (w.equals("following") || w.equals("preceding"))) {
                return null;   // "rebounded following two quarters of contraction": a preposition, the amount is read alone
            }
            if (w.equals("another") && the) {
                return null;
            }
            lead = w;
            j += w.equals("better") ? 3 : 1;
        } else if (!the && (w.equals("an") || w.equals("a")) && (t.is(j + 1, "additional") || t.is(j + 1, "extra")
                || t.is(j + 1, "further"))) {
            lead = "additional";
            j += 2;
            Quantity q0 = new Quantity(j, 1, false, true);
            return amountOf(i, q0, null, false);
        }
        if (lead == null && !the) {
            UnitWord alone = unit(j);
            if (alone != null && t.is(alone.end, "-") && t.touches(alone.end) && t.is(alone.end + 1, "long")
                    && !t.is(j - 1, "-") && !(t.digits(j - 1) || NUMBERS.containsKey(t.at(j - 1)))) {
                double amount = alone.plural ? -1 : 1;   // "day-long", "decades-long"
                return new Reading(i, alone.end + 2, Type.DURATION, null, c -> c.fixed(TimeValues.duration(amount, alone.unit)));
            }
        }
        if (the && lead == null) {
            UnitWord ahead = unit(j);
            if (ahead != null && ahead.plural && t.is(ahead.end, "ahead")) {
                return new Reading(i, ahead.end + 1, Type.DURATION, null, c -> c.fixed(TimeValues.duration(-1, ahead.unit)));
            }
        }
        if (the && lead == null && !t.digits(j) && NUMBERS.get(t.at(j)) == null && !t.is(j, "few") && !t.is(j, "several")) {
            return null;
        }
        Quantity q = quantity(j);
        if (q == null) {
            if (lead != null && !the) {
                UnitWord u = unit(j);
                if (u != null && u.plural && !u.unit.clock && u.unit != Unit.WEEKEND) {
                    if (lead.equals("coming") || lead.equals("upcoming") || lead.equals("future")) {
                        return new Reading(i, u.end, Type.DATE, null, c -> c.fixed("FUTURE_REF"));   // "in coming months"
                    }
                    if (lead.equals("past")) {
                        return new Reading(i, u.end, Type.DATE, null, c -> c.fixed("PAST_REF"));   // "in past years"
                    }
                }
            }
            if (lead != null && !the && !lead.equals("another") && !lead.equals("recent")) {
                return null;
            }
            // "the past few weeks", "the next several days" read the quantity themselves; "recent years"
            if (lead != null && lead.equals("recent")) {
                UnitWord u = unit(j);
                if (u == null || !u.plural || u.unit == Unit.SECOND || u.unit == Unit.MINUTE) {
                    return null;
                }
                if (u.unit == Unit.YEAR || u.unit == Unit.DECADE) {
                    return new Reading(i, u.end, Type.DATE, null, c -> c.fixed("PAST_REF"));
                }
                return new Reading(i, u.end, Type.DURATION, null, c -> c.fixed(TimeValues.duration(-1, u.unit)));
            }
            if (lead != null && the) {
                UnitWord u = unit(j);
                if (u != null && u.plural && (lead.equals("past") || lead.equals("last") || lead.equals("next")
                        || lead.equals("coming") || lead.equals("first") || lead.equals("previous"))) {
                    return new Reading(i, u.end, Type.DURATION, null, c -> c.fixed(TimeValues.duration(-1, u.unit)));
                }
            }
            return bareUnits(i);
        }
        if (q.article && lead != null && !lead.equals("another")) {
            return null;   // "the past a year"
        }
        return amountOf(i, q, lead, the);
    }

    /** An amount after its quantity: the unit, and what follows it ("ago", "earlier", "-old"). */
    private Reading amountOf(int i, Quantity q, String lead, boolean the) {
        int j = q.end;
        boolean hyphen = false;
        if (t.is(j, "-") && t.touches(j) && t.touches(j + 1)) {
            hyphen = true;
            j++;
        }
        if (t.is(j, "more") || t.is(j, "full") || t.is(j, "long") && !hyphen || t.is(j, "straight") || t.is(j, "whole")
                || t.is(j, "additional") || t.is(j, "extra")) {
            if (!hyphen && !t.is(j + 1, "-")) {
                j++;
            }
        }
        UnitWord u = unit(j);
        if (u == null) {
            return null;
        }
        if (hyphen && u.plural && !t.is(u.end, "-")) {
            return null;   // "2-days" is no English
        }
        if (!u.plural && q.value > 1 && !hyphen && !q.article && q.value == Math.floor(q.value)
                && !(t.letters(u.end) && !t.lineBefore(u.end) && !FUNCTION_WORDS.contains(t.at(u.end)))) {
            return null;   // "five year" only before its noun: "a five year low"
        }
        if (u.unit == Unit.SECOND && !u.plural && (q.article || !t.digits(q.end - 1) && NUMBERS.get(t.at(q.end - 1)) == null)) {
            return null;   // "a second group": an ordinal
        }
        if (u.unit == Unit.QUARTER && (q.article || t.is(u.end, "-") && t.touches(u.end))
                && !t.is(u.end, "ago") && !t.is(u.end, "earlier") && !t.is(u.end, "later")) {
            return null;   // "a quarter of the market", "a quarter-century"
        }
        if (u.unit == Unit.QUARTER && (q.value == 1 || q.value == 3) && t.is(u.end, "of")
                && !QUARTERS_OF_A_SERIES.contains(t.at(u.end + 1))) {
            return null;   // "three quarters of the votes", "one quarter of voters": a share, not a time
        }
        if (t.capital(j) && !t.allCapitals(j) && !t.lineBefore(j) && !t.lineBefore(i)) {
            return null;   // "60 Minutes", a name
        }
        int end = u.end;
        Unit unit = u.unit;
        double value = q.value;
        // ages: "a 44-year-old", "44 years old", "8-month-old"
        if (t.is(end, "-") && t.touches(end) && (t.is(end + 1, "earlier") || t.is(end + 1, "ago") || t.is(end + 1, "before")
                || t.is(end + 1, "end")) && !hyphen) {
            return null;   // "a year-earlier loss", "year-end": read from the unit
        }
        if (t.is(end, "-") && t.is(end + 1, "old") && t.touches(end) || t.is(end, "old") || t.is(end, "of") && t.is(end + 1, "age")) {
            int to = t.is(end, "-") ? end + 2 : t.is(end, "old") ? end + 1 : end + 2;
            return new Reading(i, to, Type.DURATION, null, null);
        }
        if (t.is(end, "-") && t.is(end + 1, "long") && t.touches(end)) {
            end += 2;
        } else if (t.is(end, "and") && t.is(end + 1, "a") && t.is(end + 2, "half") && value >= 0) {
            value += 0.5;
            end += 3;
        } else if (t.is(end, "or") && t.is(end + 1, "so")) {
            end += 2;
        }
        double v = value;
        Mod approximate = q.approximate ? Mod.APPROX : null;
        // points reckoned with the amount
        if (lead == null && !hyphen) {
            if (t.is(end, "ago")) {
                int to = end + 1;
                if (v < 0) {
                    return new Reading(i, to, Type.DATE, approximate, c -> c.fixed("PAST_REF"));
                }
                if (unit == Unit.YEAR && v == 1) {
                    return new Reading(i, to, Type.DATE, approximate, yearAgo(false));
                }
                return new Reading(i, to, Type.DATE, approximate, c -> c.fromArticle(a -> ago(a, unit, -v), TimeValues.unknownPeriod(unit)));
            }
            if ((t.is(end, "from") && t.is(end + 1, "now")) || t.is(end, "hence")) {
                int to = t.is(end, "hence") ? end + 1 : end + 2;
                if (v < 0) {
                    return new Reading(i, to, Type.DATE, approximate, c -> c.fixed("FUTURE_REF"));
                }
                return new Reading(i, to, Type.DATE, approximate, c -> c.fromArticle(a -> ago(a, unit, v), TimeValues.unknownPeriod(unit)));
            }
            if ((t.is(end, "earlier") || t.is(end, "later") || t.is(end, "before") && endsClause(end + 1)
                    || t.is(end, "after") && endsClause(end + 1)) && v >= 0 && v == Math.floor(v)) {
                int sign = t.is(end, "earlier") || t.is(end, "before") ? -1 : 1;
                int to = end + 1;
                if (unit == Unit.YEAR && v == 1 && sign < 0) {
                    return new Reading(i, to, Type.DATE, approximate, yearAgo(true));
                }
                if (unit.clock) {
                    return new Reading(i, to, Type.DURATION, approximate, c -> c.fixed(TimeValues.duration(v, unit)));
                }
                if (sign > 0) {
                    // "five years later" goes on from the last date the text named, however far back: from the
                    // article's date it would be a time to come that a story told in the past cannot reach; a clause
                    // of the future ("would be free seven days later") goes on from a date near it, else the article's
                    return new Reading(i, to, Type.DATE, approximate, c -> c.sentenceTense == Direction.FUTURE
                            ? c.fromNearReference(a -> ago(a, unit, v), TimeValues.unknownPeriod(unit))
                            : c.fromReference(a -> ago(a, unit, v), TimeValues.unknownPeriod(unit)));
                }
                return new Reading(i, to, Type.DATE, approximate, c -> c.fromNearReference(a -> ago(a, unit, sign * v),
                        TimeValues.unknownPeriod(unit)));
            }
        }
        boolean joined = t.is(i - 1, "-") && t.touches(i - 1) && t.touches(i);   // "$400-million-a-year", "$12-an-hour"
        if (q.article && (!hyphen || joined) && unit != Unit.WEEKEND) {
            // "$5 a year", "twice a week": a set
            int b = joined ? i - 2 : i - 1;
            String before = t.at(b);
            if (t.digits(b) || before.equals("times") || before.equals("once") || before.equals("twice")
                    || before.equals("thrice") || before.equals("%") || before.equals("percent") || before.equals("million")
                    || before.equals("billion") || before.equals("thousand") || before.equals("hundred")
                    || before.equals("dollars") || before.equals("cents") || before.equals("euros") || before.equals("pounds")
                    || before.equals("trillion") || before.equals("points") || before.equals("each")
                    || countedBefore(b)) {
                if (!unit.clock || unit == Unit.HOUR) {
                    return new Reading(i, end, Type.SET, null, c -> c.fixed(TimeValues.duration(1, unit)));
                }
            }
        }
        if (lead != null && (lead.equals("last") || lead.equals("past")) && !the && v < 0) {
            return null;
        }
        if (unit == Unit.WEEKEND) {
            return null;
        }
        // an amount before its noun leaves the noun's article out: "the [two-week] strike", "the [two day] rally"
        int from = the && lead == null && (hyphen || !u.plural) ? i + 1 : i;
        return new Reading(from, end, Type.DURATION, approximate, c -> c.fixed(TimeValues.duration(v, unit)));
    }

    /** Whether a counted plural ends at {@code k}: "24 hours [a day]", "four flights [a week]", "700 seats". */
    private boolean countedBefore(int k) {
        String w = t.at(k);
        return w.length() > 3 && w.endsWith("s") && t.letters(k) && !t.capital(k)
                && (t.digits(k - 1) || NUMBERS.containsKey(t.at(k - 1)) && !t.is(k - 1, "a") && !t.is(k - 1, "an"));
    }

    /** Whether the clause ends at token {@code i} ("a year before." but not "a year before the war"). */
    private boolean endsClause(int i) {
        return i >= t.size || t.lineBefore(i) || t.is(i, ".") || t.is(i, ",") || t.is(i, ";") || t.is(i, ")")
                || t.is(i, "and") || t.is(i, "but") || t.is(i, "when") || t.is(i, "\"") || t.is(i, "”");
    }

    /** A point {@code n} units from a date, at the unit's granularity (decades and centuries as years). */
    private static String ago(LocalDate a, Unit unit, double n) {
        long k = Math.round(n);
        return switch (unit) {
            case SECOND, MINUTE, HOUR -> TimeValues.day(a);
            case DAY -> TimeValues.day(a.plusDays(k));
            case WEEK, WEEKEND -> TimeValues.week(a.plusWeeks(k));
            case MONTH -> TimeValues.period(a, Unit.MONTH, (int) k);
            case QUARTER -> TimeValues.period(a, Unit.QUARTER, (int) k);
            case HALF -> TimeValues.period(a, Unit.HALF, (int) k);
            case YEAR -> TimeValues.year(a.getYear() + (int) k);
            case DECADE -> TimeValues.year(a.getYear() + 10 * (int) k);
            case CENTURY -> TimeValues.year(a.getYear() + 100 * (int) k);
            case MILLENNIUM -> TimeValues.year(a.getYear() + 1000 * (int) k);
        };
    }

    /**
     * "a year ago", "a year earlier": where the text speaks of quarters, the quarter it speaks of a year before; else
     * the year before the article's date ("ago") or the text's last date ("earlier").
     */
    private static Meaning yearAgo(boolean fromText) {
        return c -> {
            if (c.quarterTalk && c.longerPartTalk) {
                int[] q = c.quarterInTalk();
                if (q != null) {
                    return new Resolved(TimeValues.year(q[0] - 1), c.quarterNamed() ? Anchor.TEXT : Anchor.ARTICLE);
                }
            }
            if (c.quarterTalk) {
                int[] q = c.quarterInTalk();
                if (q != null) {
                    return new Resolved(TimeValues.quarter(q[0] - 1, q[1]), c.quarterNamed() ? Anchor.TEXT : Anchor.ARTICLE);
                }
            }
            if (c.reference != null && c.referenceUnit == Unit.QUARTER) {
                // the last date the text named is a quarter: the same quarter a year before it, or that year's
                // part of a year where the sentence speaks of a longer part ("for the nine months, … a year earlier")
                LocalDate r = c.reference;
                return new Resolved(c.longerPartTalk ? TimeValues.year(r.getYear() - 1)
                        : TimeValues.quarter(r.getYear() - 1, TimeValues.quarterOf(r)), Anchor.TEXT);
            }
            if (fromText) {
                return c.fromNearReference(a -> TimeValues.year(a.getYear() - 1), "XXXX");
            }
            return c.fromArticle(a -> TimeValues.year(a.getYear() - 1), "XXXX");
        };
    }

    /** Words that end an amount of money: "$3 million", "$1.40 a share", "45 cents". */
    private static final Set<String> AMOUNT_ENDS = Set.of("million", "billion", "trillion", "cents", "share", "dollars");

    /** How far before an expression, in tokens, the word that compares two amounts is looked for. */
    private static final int COMPARISON_REACH = 12;

    /**
     * Whether the words {@code from..to} date the second of two amounts compared: "from last year's $1.5 billion",
     * "compared with $3 million last year", "up from $7 million last year".
     */
    private boolean comparesAmounts(int from, int to) {
        if ((t.is(from - 1, "from") || t.is(from - 1, "with")) && t.is(to, "'") && t.is(to + 1, "s")
                && (t.is(to + 2, "$") || t.digits(to + 2))) {
            return true;
        }
        if (!(t.digits(from - 1) || AMOUNT_ENDS.contains(t.at(from - 1)))) {
            return false;
        }
        for (int k = from - 2; k >= 0 && k >= from - COMPARISON_REACH; k--) {
            if (t.is(k, ".") || t.is(k, ";")) {
                return false;
            }
            if (t.is(k, "from") || t.is(k, "compared") || t.is(k, "versus") || t.is(k, "against") || t.is(k, "vs")) {
                return true;
            }
        }
        return false;
    }

    /** "years", "months", "decades" after "for", "over", "within", "in", "after", "took": an unknown amount. */
    private Reading bareUnits(int i) {
        UnitWord u = unit(i);
        if (u == null || !u.plural || u.unit == Unit.SECOND || u.unit == Unit.WEEKEND || u.unit == Unit.QUARTER) {
            return null;
        }
        String before = t.at(i - 1);
        if (!(before.equals("for") || before.equals("over") || before.equals("within") || before.equals("in")
                || before.equals("after") || before.equals("took") || before.equals("take") || before.equals("takes")
                || before.equals("lasted") || before.equals("spent") || before.equals("last") && t.is(i - 2, "could"))) {
            return null;
        }
        if (t.is(u.end, "of") && !t.is(i - 1, "for") && !t.is(i - 1, "after")) {
            return null;   // "in years of"
        }
        if (t.is(u.end, "-") || t.is(u.end, "'")) {
            return null;
        }
        if (t.is(u.end, "ago")) {
            return new Reading(i, u.end + 1, Type.DATE, null, c -> c.fixed("PAST_REF"));
        }
        return new Reading(i, u.end, Type.DURATION, null, c -> c.fixed(TimeValues.duration(-1, u.unit)));
    }

    // ---------------------------------------------------------------- quarters and halves

    /**
     * "the third quarter", "third-quarter", "the fourth quarter of 1990", "the fiscal first quarter", "this year's third
     * quarter", "the quarter", "the latest quarter", "the current quarter", "the year-earlier quarter", "the 1988
     * period", "the first half", "Q3", "the first nine months" (read as an amount).
     */
    private Reading quarterly(int i) {
        int j = i;
        boolean the = false;
        int yearShift = 0;
        boolean yearAgo = false;
        Integer fixedYear = null;
        String w = t.at(j);
        int from = i;
        if (w.equals("the") || w.equals("its") || w.equals("their") || w.equals("his") || w.equals("her") || w.equals("a")) {
            the = true;
            j++;
            if (!w.equals("the") && !w.equals("a")) {
                from = j;   // "its third quarter": the possessive stays out
            }
        } else if ((w.equals("this") || w.equals("last") || w.equals("next")) && t.is(j + 1, "year") && t.is(j + 2, "'")
                && t.is(j + 3, "s")) {
            yearShift = w.equals("this") ? 0 : w.equals("last") ? -1 : 1;
            j += 4;
            the = true;
        } else if (year(j) != null && t.width(j) == 4 && t.is(j + 1, "'") && t.is(j + 2, "s")) {
            fixedYear = year(j).value;
            j += 3;
            the = true;
        }
        // "the year-ago", "the year-earlier", "the comparable", "the same"
        if (t.is(j, "year") && t.is(j + 1, "-") && (t.is(j + 2, "ago") || t.is(j + 2, "earlier") || t.is(j + 2, "before"))) {
            int adjective = j;
            yearAgo = true;
            j += 3;
            // "the year-earlier nine months": an amount
            Quantity q = quantity(j);
            if (q != null && !q.article && t.is(q.end, "months")) {
                double v = q.value;
                return new Reading(i, q.end + 1, Type.DURATION, null, c -> c.fixed(TimeValues.duration(v, Unit.MONTH)));
            }
            // "year-earlier results", "a year-ago loss": the quarter or the year before, the adjective alone
            if (!(t.is(j, "quarter") || t.is(j, "period") || t.is(j, "fiscal") || ORDINALS.containsKey(t.at(j))
                    || t.is(j, "qtr"))) {
                return new Reading(adjective, j, Type.DATE, null, yearAgo(false));
            }
        } else if (t.is(j, "comparable") || t.is(j, "corresponding") || t.is(j, "same")) {
            int k = j + 1;
            if (t.is(k, "year") && t.is(k + 1, "-") && (t.is(k + 2, "ago") || t.is(k + 2, "earlier"))) {
                yearAgo = true;
                j = k + 3;
            } else {
                j = k;
                yearAgo = true;   // "the comparable quarter" is a year before unless the words say otherwise
            }
        }
        boolean latest = false;
        boolean current = false;
        int relative = 0;
        if (t.is(j, "latest") || t.is(j, "most") && t.is(j + 1, "recent") || t.is(j, "recent")) {
            latest = true;
            j += t.is(j, "most") ? 2 : 1;
        } else if (t.is(j, "current")) {
            current = true;
            j++;
        } else if (!the && (t.is(j, "this") || t.is(j, "last") || t.is(j, "next")) && (t.is(j + 1, "quarter")
                || t.is(j + 1, "fiscal") && t.is(j + 2, "quarter"))) {
            relative = t.is(j, "this") ? 0 : t.is(j, "last") ? -1 : 1;
            current = true;
            j++;
        } else if (the && (t.is(j, "previous") || t.is(j, "prior") || t.is(j, "preceding"))) {
            relative = -1;
            j++;
        }
        if (fixedYear == null && the && year(j) != null && t.width(j) == 4) {
            fixedYear = year(j).value;
            j++;
        }
        boolean fiscal = false;
        if (t.is(j, "fiscal") || t.is(j, "calendar")) {
            fiscal = true;
            j++;
            if (t.is(j, "-") && t.touches(j)) {
                j++;
            }
        }
        if (fixedYear == null && the && year(j) != null && t.width(j) == 4) {
            fixedYear = year(j).value;
            j++;
        }
        // the ordinal
        int ordinal = 0;
        if ((t.is(j, "last") || t.is(j, "latter")) && t.is(j + 1, "half")) {
            ordinal = 2;
            j++;
        } else if (t.is(j, "first") && t.is(j + 1, "half")) {
            ordinal = 1;
            j++;
        }
        boolean twoQuarters = the && (t.is(j, "first") || t.is(j, "last")) && t.is(j + 1, "two") && t.is(j + 2, "quarters");
        if (twoQuarters) {
            ordinal = t.is(j, "first") ? 1 : 2;   // "the first two quarters of 1990": its first half
            j += 2;
        }
        Integer o = ordinal > 0 ? null : ORDINALS.get(t.at(j));
        if (o != null && o > 0 && o <= 4) {
            ordinal = o;
            j++;
        } else if (t.digits(j) && t.width(j) == 1 && t.touches(j + 1) && (t.is(j + 1, "st") || t.is(j + 1, "nd")
                || t.is(j + 1, "rd") || t.is(j + 1, "th")) && t.number(j) >= 1 && t.number(j) <= 4) {
            ordinal = t.number(j);
            j += 2;
        } else if (t.is(j, "q") && t.digits(j + 1) && t.touches(j + 1) && t.width(j + 1) == 1 && t.capital(j)) {
            int q = t.number(j + 1);
            if (q < 1 || q > 4) {
                return null;
            }
            int end = j + 2;
            Num y = year(end);
            if (y != null && t.width(end) == 4) {
                String v = TimeValues.quarter(y.value, q);
                return new Reading(from, y.end, Type.DATE, null, c -> c.fixed(v));
            }
            return new Reading(from, end, Type.DATE, null, quarterMeaning(q, 0, null, false));
        }
        if (ordinal > 0 && t.is(j, "fiscal")) {
            j++;
        }
        if (ordinal > 0 && t.is(j, "-") && t.touches(j) && t.touches(j + 1)) {
            j++;
            if (from == i && (t.is(i, "the") || t.is(i, "a"))) {
                from = i + 1;   // "a third-quarter loss": the determiner is the noun's
            }
        }
        boolean half = (t.is(j, "half") || twoQuarters) && ordinal > 0 && ordinal <= 2;
        boolean quarterWord = (t.is(j, "quarter") || t.is(j, "qtr")) && !(t.is(j + 1, "-") && t.touches(j + 1))
                && !(t.is(i, "a") && t.is(j + 1, "of"));
        boolean period = t.is(j, "period") && (yearAgo || latest || fixedYear != null || current);
        boolean nineMonths = false;
        if (!quarterWord && !half && !period) {
            return null;
        }
        if (ordinal == 0 && (!the || t.is(i, "a")) && !current && !yearAgo && fixedYear == null && relative == 0 && !latest) {
            return null;   // a bare "quarter" is a quarter of something; "a quarter that lost money" is none in particular
        }
        int end = j + 1;
        // the year after: "of 1990", "1990", "of fiscal 1990", "of this year", "of last year"
        int k = end;
        Integer year = fixedYear;
        int shift = yearShift;
        boolean ofYear = false;
        if (t.is(k, "of") || t.is(k, ",")) {
            int y0 = k + 1;
            if (t.is(y0, "fiscal")) {
                y0++;
            }
            Num y = year(y0);
            if (y != null && t.width(y0) == 4) {
                year = y.value;
                end = y.end;
                ofYear = true;
            } else if ((t.is(y0, "this") || t.is(y0, "last") || t.is(y0, "next")) && t.is(y0 + 1, "year")) {
                shift = t.is(y0, "this") ? 0 : t.is(y0, "last") ? -1 : 1;
                end = y0 + 2;
                ofYear = true;
            } else if (t.is(y0, "the") && t.is(y0 + 1, "year")) {
                end = y0 + 2;
                ofYear = true;
            } else if (half && t.is(k, "of")) {
                // "the last half of the '80s": a half of a decade or a century has no value of its own but the whole's
                boolean theWhole = t.is(y0, "the");
                int w0 = theWhole ? y0 + 1 : y0;
                Reading whole = longer(decade(y0, w0, theWhole), century(y0, w0, theWhole));
                if (whole != null) {
                    return new Reading(from, whole.to, Type.DATE, null, whole.meaning);
                }
            }
        } else if (!t.lineBefore(k)) {
            Num y = year(k);
            if (y != null && t.width(k) == 4) {
                year = y.value;
                end = y.end;
                ofYear = true;
            } else if ((t.is(k, "last") || t.is(k, "next") || t.is(k, "this")) && t.is(k + 1, "year")) {
                shift = t.is(k, "this") ? 0 : t.is(k, "last") ? -1 : 1;
                end = k + 2;
                ofYear = true;
                if (shift < 0 && ordinal == 0) {
                    yearAgo = true;
                    shift = 0;
                }
            } else if (t.is(k, "a") && t.is(k + 1, "year") && (t.is(k + 2, "ago") || t.is(k + 2, "earlier"))) {
                yearAgo = true;
                end = k + 3;
            }
        }
        if (half) {
            int h = ordinal;
            Integer y = year;
            int sh = shift;
            return new Reading(from, end, Type.DATE, null, c -> {
                if (y != null) {
                    return c.fixed(TimeValues.year(y) + "-H" + h);
                }
                return c.fromArticle(a -> TimeValues.year(halfYear(h, a, c.tense) + sh) + "-H" + h, "XXXX-H" + h);
            });
        }
        if (ordinal > 0) {
            int q = ordinal;
            if (year != null) {
                String v = TimeValues.quarter(year - (yearAgo ? 1 : 0), q);
                return new Reading(from, end, Type.DATE, null, c -> c.fixed(v));
            }
            return new Reading(from, end, Type.DATE, null, quarterMeaning(q, shift - (yearAgo ? 1 : 0), null, ofYear));
        }
        // "the quarter ended July 31": the calendar quarter that holds most of the three months to that day
        if (quarterWord && !ofYear && year == null && !yearAgo && !latest && !current && (t.is(end, "ended")
                || t.is(end, "ending")) && month(end + 1) > 0) {
            int m = month(end + 1);
            Num d = dayOfMonth(afterMonth(end + 1));
            if (d != null) {
                int day = d.value;
                Num y = t.is(d.end, ",") ? year(d.end + 1) : null;
                Integer given = y != null && t.width(d.end + 1) == 4 ? y.value : null;
                return new Reading(from, end, Type.DATE, null, c -> {
                    if (given != null) {
                        return c.fixed(quarterEndedOn(given, m, day));
                    }
                    return c.fromArticle(a -> {
                        int ey = a.getYear();
                        if (LocalDate.of(ey, m, Math.min(day, 28)).isAfter(a)) {
                            ey--;   // a quarter "ended" lies before the article's date
                        }
                        return quarterEndedOn(ey, m, day);
                    }, "XXXX-QX");
                });
            }
        }
        // no ordinal: the quarter the text speaks of
        Integer y = year;
        boolean ago = yearAgo;
        boolean now = current;
        int rel = relative;
        int sh = shift;
        boolean last = latest;
        boolean thisOne = current && rel == 0 && t.is(from, "this");
        boolean quarterNamed = quarterWord;
        return new Reading(from, end, Type.DATE, null, c -> {
            if (now && !thisOne) {
                return c.fromArticle(a -> TimeValues.period(a, Unit.QUARTER, rel), "XXXX-QX");
            }
            if (last && y == null && c.article != null && c.quarterNamed()) {
                // "the latest quarter" in a report that names its quarter ("fourth-quarter net … sales in the latest
                // period"): that one, reckoned like it from the article's date
                int[] q = c.quarterInTalk();
                return new Resolved(TimeValues.quarter(q[0] - (ago ? 1 : 0), q[1]), Anchor.ARTICLE);
            }
            if (last && y == null && c.article != null) {
                // "the latest quarter" in a report that names none: the last one that ended before the article's date
                return c.fromArticle(a -> TimeValues.period(a.withDayOfMonth(1).minusMonths(3), Unit.QUARTER, ago ? -4 : 0), "XXXX-QX");
            }
            int[] q = c.quarterInTalk();
            if (q == null) {
                return new Resolved("XXXX-QX", Anchor.UNRESOLVED);
            }
            int qy = y != null ? y : q[0] - (ago ? 1 : 0) + sh;
            if (c.longerPartTalk && !quarterNamed && rel == 0) {
                return new Resolved(TimeValues.year(qy), y != null ? Anchor.NONE : c.quarterNamed() ? Anchor.TEXT : Anchor.ARTICLE);
            }
            int qq = q[1];
            if (rel != 0) {
                LocalDate d = LocalDate.of(qy, qq * 3 - 2, 1).plusMonths(3L * rel);
                qy = d.getYear();
                qq = TimeValues.quarterOf(d);
            }
            return new Resolved(TimeValues.quarter(qy, qq), c.quarterNamed() ? Anchor.TEXT : Anchor.ARTICLE);
        });
    }

    /**
     * A quarter given by its number: of the article's year, or of the year before when it has yet to come and the
     * clause looks back (news of results speaks of quarters past even in the future tense: "expects to report
     * third-quarter results"); moved by whole years.
     */
    private static Meaning quarterMeaning(int q, int yearShift, Integer year, boolean yearGiven) {
        return c -> {
            if (year != null) {
                return c.fixed(TimeValues.quarter(year, q));
            }
            return c.fromArticle(a -> {
                int y = a.getYear();
                int now = TimeValues.quarterOf(a);
                if (!yearGiven && q > now && c.tense != Direction.FUTURE) {
                    y--;   // a quarter still to come this year is last year's when the clause looks back
                }
                return TimeValues.quarter(y + yearShift, q);
            }, "XXXX-Q" + q);
        };
    }

    /** The calendar quarter that holds the middle of the three months that end on this day. */
    private static String quarterEndedOn(int year, int month, int day) {
        LocalDate middle = LocalDate.of(year, month, 1).plusDays(Math.min(day, 28) - 1L).minusDays(45);
        return TimeValues.quarter(middle.getYear(), TimeValues.quarterOf(middle));
    }

    private static int halfYear(int h, LocalDate a, Direction tense) {
        int now = a.getMonthValue() <= 6 ? 1 : 2;
        if (h > now && tense != Direction.FUTURE) {
            return a.getYear() - 1;
        }
        if (h < now && tense == Direction.FUTURE) {
            return a.getYear() + 1;
        }
        return a.getYear();
    }

    // ---------------------------------------------------------------- years, decades, centuries

    /**
     * "1994", "fiscal 1989", "the year 2000", "1990 and beyond", "post-1959", "the 1990s", "the '80s", "the
     * nineties", "the 20th century", "this century", "year-end".
     */
    private Reading years(int i) {
        int j = i;
        boolean the = false;
        if (t.is(j, "the")) {
            the = true;
            j++;
        }
        Mod mod = null;
        boolean fiscal = false;
        if (!the && (t.is(j, "post") || t.is(j, "pre")) && t.is(j + 1, "-") && t.touches(j + 1)) {
            mod = t.is(j, "post") ? Mod.AFTER : Mod.BEFORE;
            j += 2;
        }
        if (t.is(j, "fiscal") || t.is(j, "calendar") || t.is(j, "fy")) {
            fiscal = true;
            j++;
        }
        if (the && t.is(j, "year") && !fiscal) {
            Num y = year(j + 1);
            if (y != null && t.width(j + 1) == 4) {
                String v = TimeValues.year(y.value);
                return new Reading(i, y.end, Type.DATE, null, c -> c.fixed(v));
            }
            if (t.is(j + 1, "two") && t.is(j + 2, "thousand")) {
                return new Reading(i, j + 3, Type.DATE, null, c -> c.fixed("2000"));
            }
        }
        // decades: "the 1990s", "the '90s", "1990s", "the nineties"
        Reading decade = decade(i, j, the);
        if (decade != null) {
            return decade;
        }
        // centuries: "the 20th century", "the twentieth century"
        Reading century = century(i, j, the);
        if (century != null) {
            return century;
        }
        // year-end
        if (!the && t.is(j, "year") && (t.is(j + 1, "-") && t.is(j + 2, "end") || t.is(j + 1, "end")
                || t.is(j + 1, "'") && t.is(j + 2, "s") && t.is(j + 3, "end"))) {
            int end = t.is(j + 1, "'") ? j + 4 : t.is(j + 1, "-") ? j + 3 : j + 2;
            if (t.is(j - 1, "the") || t.is(j + 1, "end") && !(t.is(i - 1, "at") || t.is(i - 1, "by") || t.is(i - 1, "before")
                    || t.is(i - 1, "around") || t.is(i - 1, "until") || t.is(i - 1, "after") || t.is(i - 1, "till"))) {
                return null;
            }
            int back = t.is(i - 1, "since") ? 1 : 0;   // "since year-end": the end of a year gone by
            return new Reading(i, end, Type.DATE, Mod.END, c -> c.fromArticle(a -> TimeValues.year(a.getYear() - back), "XXXX"));
        }
        if (the && !fiscal) {
            return null;
        }
        Num y = year(j);
        boolean spelled = t.letters(j);
        if (y == null || t.width(j) != 4 && !t.is(j, "'") && !spelled || t.is(j, "'") && !fiscal && !isYearContext(i)) {
            return null;
        }
        if (!spelled && !standsAsYear(j, y.end) && !fiscal && mod == null) {
            return null;
        }
        int end = y.end;
        if (t.is(end, "and") && (t.is(end + 1, "beyond") || t.is(end + 1, "later") || t.is(end + 1, "after"))
                || t.is(end, "or") && (t.is(end + 1, "later") || t.is(end + 1, "after"))) {
            mod = Mod.ON_OR_AFTER;
            end += 2;
        } else if (t.is(end, "or") && (t.is(end + 1, "earlier") || t.is(end + 1, "before"))) {
            mod = Mod.ON_OR_BEFORE;
            end += 2;
        } else if (t.is(end, "onward") || t.is(end, "onwards")) {
            mod = Mod.ON_OR_AFTER;
            end++;
        }
        String v = TimeValues.year(y.value);
        return new Reading(i, end, Type.DATE, mod, c -> c.fixed(v));
    }

    private boolean isYearContext(int i) {
        return BEFORE_MONTH.contains(t.at(i - 1));
    }

    private static final Map<String, Integer> DECADE_WORDS = Map.of("twenties", 2, "thirties", 3, "forties", 4,
            "fifties", 5, "sixties", 6, "seventies", 7, "eighties", 8, "nineties", 9);

    private Reading decade(int i, int j, boolean the) {
        Integer word = DECADE_WORDS.get(t.at(j));
        if (word != null && the) {
            String v = "19" + word;
            return new Reading(i, j + 1, Type.DATE, null, c -> c.fixed(v));
        }
        if (t.digits(j) && t.width(j) == 4 && t.is(j + 1, "s") && t.touches(j + 1) && t.number(j) % 10 == 0) {
            int y = t.number(j);
            if (y < 1000 || y > 2090) {
                return null;
            }
            int end = j + 2;
            if (y % 100 == 0 && the && !t.is(j - 1, "the")) {
                return null;
            }
            // "the 1800s" is a century; "the 2000s" as often the decade
            String v = y % 100 == 0 && y < 2000 ? String.format(Locale.ROOT, "%02d", y / 100) : String.format(Locale.ROOT, "%03d", y / 10);
            return new Reading(i, end, Type.DATE, null, c -> c.fixed(v));
        }
        if (t.digits(j) && t.width(j) == 4 && t.is(j + 1, "'") && t.is(j + 2, "s") && t.number(j) % 10 == 0
                && t.number(j) >= 1000 && t.number(j) <= 2090) {
            String v = String.format(Locale.ROOT, "%03d", t.number(j) / 10);
            return new Reading(i, j + 3, Type.DATE, null, c -> c.fixed(v));
        }
        int k = j;
        if (t.is(k, "'")) {
            k++;
        }
        if ((the || k > j) && t.digits(k) && t.width(k) == 2 && t.number(k) % 10 == 0 && t.is(k + 1, "s") && t.touches(k + 1)
                && (k == j || t.touches(k))) {
            int yy = t.number(k);
            String v = (yy <= 20 ? "20" : "19") + yy / 10;
            return new Reading(i, k + 2, Type.DATE, null, c -> c.fixed(v));
        }
        return null;
    }

    private Reading century(int i, int j, boolean the) {
        if (t.is(j, "this") || t.is(j, "last") || t.is(j, "next")) {
            if (!t.is(j + 1, "century") || the && t.is(j, "this")) {
                return null;
            }
            int shift = t.is(j, "this") ? 0 : t.is(j, "last") ? -1 : 1;
            return new Reading(i, j + 2, Type.DATE, null, c -> c.fromArticle(a -> TimeValues.period(a, Unit.CENTURY, shift), "XX"));
        }
        int n;
        int k;
        if (t.digits(j) && t.width(j) <= 2 && (t.is(j + 1, "th") || t.is(j + 1, "st") || t.is(j + 1, "nd") || t.is(j + 1, "rd"))
                && t.touches(j + 1)) {
            n = t.number(j);
            k = j + 2;
        } else {
            Integer o = ORDINALS.get(t.at(j));
            if (t.is(j, "twenty") && t.is(j + 1, "-") && t.is(j + 2, "first")) {
                n = 21;
                k = j + 3;
            } else if (o != null && o > 0) {
                n = o;
                k = j + 1;
            } else {
                return null;
            }
        }
        if (t.is(k, "-") && t.touches(k)) {
            k++;
        }
        if (!t.is(k, "century") || n < 1 || n > 22) {
            return null;
        }
        String v = String.format(Locale.ROOT, "%02d", n - 1);
        return new Reading(i, k + 1, Type.DATE, null, c -> c.fixed(v));
    }

    // ---------------------------------------------------------------- seasons and holidays

    /** "summer 2022", "the winter of 1994", "the summer", "in spring". */
    private Reading season(int i) {
        int j = i;
        boolean the = t.is(j, "the");
        if (the) {
            j++;
        }
        String s = SEASONS.get(t.at(j));
        if (s == null) {
            return null;
        }
        int end = j + 1;
        int k = end;
        if (t.is(k, "of")) {
            k++;
        }
        Num y = year(k);
        if (y != null && (t.width(k) == 4 || t.letters(k)) && !t.lineBefore(k)) {
            String v = TimeValues.year(y.value) + "-" + s;
            return new Reading(i, y.end, Type.DATE, null, c -> c.fixed(v));
        }
        int yearShift = the || t.is(end, "of") ? yearWord(k) : Integer.MIN_VALUE;   // not "prices fall next year"
        if (yearShift != Integer.MIN_VALUE && !t.lineBefore(k)) {
            int shift = yearShift;
            return new Reading(i, k + 2, Type.DATE, null,
                    c -> c.fromArticle(a -> TimeValues.year(a.getYear() + shift) + "-" + s, "XXXX-" + s));
        }
        String before = t.at(i - 1);
        boolean place = before.equals("in") || before.equals("during") || before.equals("by") || before.equals("until")
                || before.equals("since") || before.equals("through") || before.equals("over") || before.equals("till")
                || before.equals("early") || before.equals("late") || before.equals("mid") || before.equals("this")
                || before.equals("into") || before.equals("throughout") || before.equals("before") || before.equals("after")
                || before.equals("for");
        if (!place || t.is(end, "of") || t.is(end, "'") || t.letters(end) && !t.is(end, "and") && !t.is(end, "or")
                && !t.is(end, "when") && !t.is(end, "before") && !t.is(end, "after") && !t.is(end, "to")) {
            return null;   // "the fall of the city", "summer camp"
        }
        // "a big flood in 1964, in the summer": the season of the year its sentence named (a TIDES guideline example)
        return new Reading(i, end, Type.DATE, null, c -> c.reference != null && c.referenceInSentence && c.referenceUnit == Unit.YEAR
                ? new Resolved(TimeValues.year(c.reference.getYear()) + "-" + s, Anchor.TEXT)
                : c.fromArticle(a -> seasonOf(s, a, 0, c.tense), "XXXX-" + s));
    }

    /** "Christmas", "Thanksgiving Day", "New Year's Eve", "Easter", "last Thanksgiving", "Labor Day". */
    private Reading holiday(int i) {
        int j = i;
        int shift = 0;
        if (t.is(j, "last") || t.is(j, "next") || t.is(j, "this")) {
            shift = t.is(j, "last") ? -1 : t.is(j, "next") ? 1 : 2;
            j++;
        }
        if (!t.capital(j)) {
            return null;
        }
        String name = null;
        int end = j + 1;
        switch (t.at(j)) {
            case "christmas" -> {
                if (t.is(j + 1, "eve")) {
                    name = "christmas eve";
                    end++;
                } else {
                    name = "christmas";
                    if (t.is(j + 1, "day")) {
                        end++;
                    }
                }
            }
            case "new" -> {
                if (t.is(j + 1, "year") && t.is(j + 2, "'") && t.is(j + 3, "s") && (t.is(j + 4, "day") || t.is(j + 4, "eve"))) {
                    name = t.is(j + 4, "day") ? "new year's day" : "new year's eve";
                    end = j + 5;
                }
            }
            case "thanksgiving" -> {
                name = "thanksgiving";
                if (t.is(j + 1, "day")) {
                    end++;
                }
            }
            case "halloween" -> name = "halloween";
            case "easter" -> {
                name = "easter";
                if (t.is(j + 1, "sunday")) {
                    end++;
                }
            }
            case "good" -> {
                if (t.is(j + 1, "friday")) {
                    name = "good friday";
                    end++;
                }
            }
            case "valentine" -> {
                if (t.is(j + 1, "'") && t.is(j + 2, "s") && t.is(j + 3, "day")) {
                    name = "valentine's day";
                    end = j + 4;
                }
            }
            case "independence", "labor", "labour", "memorial", "election", "veterans" -> {
                if (t.is(j + 1, "day") && t.capital(j + 1)) {
                    name = (t.at(j).equals("labour") ? "labor" : t.at(j)) + " day";
                    end = j + 2;
                }
            }
            default -> {
            }
        }
        if (name == null) {
            return null;
        }
        if (t.capital(end) && t.letters(end) && !t.lineBefore(end) && !t.capital(i - 1) && !t.allCapitals(end) && !UNITS.containsKey(t.at(end))
                && !PARTS_OF_DAY.containsKey(t.at(end)) && !t.is(end, "eve")) {
            // a word of a name after it: "the Good Friday Agreement", "Easter Island", "the Christmas Tree Shops"
            return new Reading(i, end + 1, Type.DATE, null, null);
        }
        String holiday = name;
        int s = shift;
        boolean week = t.is(end, "week") && !t.is(end + 1, "-");   // "Easter week": the week that holds it
        return new Reading(i, week ? end + 1 : end, Type.DATE, null, c -> c.fromArticle(a -> {
            LocalDate same = TimeValues.holiday(holiday, a.getYear());
            LocalDate d;
            if (s < 0) {
                d = same.isBefore(a) ? same : TimeValues.holiday(holiday, a.getYear() - 1);
            } else if (s == 1) {
                d = same.isAfter(a) ? same : TimeValues.holiday(holiday, a.getYear() + 1);
            } else if (s == 2) {
                d = same;
            } else {
                LocalDate before = same.isAfter(a) ? TimeValues.holiday(holiday, a.getYear() - 1) : same;
                LocalDate after = same.isAfter(a) ? same : TimeValues.holiday(holiday, a.getYear() + 1);
                long back = a.toEpochDay() - before.toEpochDay();
                long ahead = after.toEpochDay() - a.toEpochDay();
                // a clause in the past may tell of the days just before a holiday at hand ("as Easter week began")
                boolean past = c.tense == Direction.PAST ? ahead > 7 : c.tense != Direction.FUTURE && back <= ahead;
                d = past ? before : after;
            }
            return week ? TimeValues.week(d) : TimeValues.day(d);
        }, week ? "XXXX-WXX" : "XXXX-XX-XX"));
    }

    // ---------------------------------------------------------------- times named from the text's last date

    /** "that day", "the same day", "the next day", "the following year", "the day before", "later that year", "that night". */
    private Reading referential(int i) {
        int j = i;
        int shift;
        boolean the = t.is(j, "the");
        String w = t.at(the ? j + 1 : j);
        if (!the && (w.equals("that") || w.equals("that") && t.is(j + 1, "same"))) {
            shift = 0;
            j++;
            if (t.is(j, "same")) {
                j++;
            }
        } else if (the && (w.equals("same") || w.equals("next") || w.equals("following") || w.equals("previous")
                || w.equals("preceding") || w.equals("prior"))) {
            shift = w.equals("same") ? 0 : w.equals("next") || w.equals("following") ? 1 : -1;
            j += 2;
        } else if (the && (w.equals("day") || w.equals("year") || w.equals("week") || w.equals("month"))
                && (t.is(j + 2, "before") || t.is(j + 2, "after")) && endsClause(j + 3)) {
            Unit unit = UNITS.get(w);
            int s = t.is(j + 2, "before") ? -1 : 1;
            return new Reading(i, j + 3, Type.DATE, null, c -> c.fromReference(a -> at(a, unit, s), TimeValues.unknownPeriod(unit)));
        } else if (the && w.equals("day") && (t.is(j + 2, "before") || t.is(j + 2, "after")) && t.is(i - 1, ",")
                && t.digits(i - 2) && !t.lineBefore(i)) {
            // "Oct. 12, the day before the crash": the day set beside a date is that date
            return new Reading(i, j + 2, Type.DATE, null, c -> c.reference != null && c.referenceUnit == Unit.DAY && c.referenceNear
                    ? new Resolved(TimeValues.day(c.reference), Anchor.TEXT) : null);
        } else {
            return null;
        }
        String n = t.at(j);
        String part = PARTS_OF_DAY.get(n);
        if (part != null && !n.endsWith("s") && !n.equals("overnight")) {
            int s = shift;
            if (!the && s == 0 || the && s != 0) {
                return new Reading(i, j + 1, the ? Type.DATE : Type.TIME, null,
                        c -> c.fromReference(a -> dayAt(c, a, s) + (the ? "" : "T" + part), "XXXX-XX-XX"));
            }
            return null;
        }
        Unit unit = UNITS.get(n);
        if (unit == Unit.QUARTER && !the && shift == 0) {
            return new Reading(i, j + 1, Type.DATE, null, c -> {   // "that quarter": the one the text speaks of
                int[] q = c.quarterInTalk();
                return q == null ? new Resolved("XXXX-QX", Anchor.UNRESOLVED)
                        : new Resolved(TimeValues.quarter(q[0], q[1]), c.quarterNamed() ? Anchor.TEXT : Anchor.ARTICLE);
            });
        }
        if (unit == null || PLURAL_UNITS.contains(n) || unit.clock || unit == Unit.WEEKEND || unit == Unit.QUARTER
                || unit == Unit.DECADE || unit == Unit.CENTURY || unit == Unit.MILLENNIUM) {
            return null;
        }
        if (the && shift != 0 && !w.equals("same") && (unit == Unit.WEEK || unit == Unit.MONTH || unit == Unit.YEAR)
                && t.is(i - 1, "over") || the && w.equals("next") && unit != Unit.DAY) {
            return null;   // "over the next year", "the next year" are amounts
        }
        int s = shift;
        return new Reading(i, j + 1, Type.DATE, null, c -> c.fromReference(a -> at(c, a, unit, s), TimeValues.unknownPeriod(unit)));
    }

    /**
     * The period of {@code unit} holding the reference date, moved by {@code shift}. When the reference is coarser, the
     * period is the reference's with the finer fields unknown, as TimeML writes a day of a known month: "that day" after
     * "in October 1998" is {@code 1998-10-XX}, "that month" after "in 1998" {@code 1998-XX}; where no such value can be
     * written (a day of a quarter), the reference's period itself.
     */
    private static String at(Context c, LocalDate a, Unit unit, int shift) {
        if (c.reference != null && c.referenceUnit != null && c.referenceUnit.ordinal() > unit.ordinal()
                && (shift == 0 || unit == Unit.DAY && c.referenceUnit == Unit.MONTH || c.referenceUnit == Unit.YEAR)) {
            // "the next day" after "in July 2016" is a day of that July (or just after it), not 2 July
            String known = TimeValues.period(a, c.referenceUnit, 0);
            if (unit == Unit.DAY && c.referenceUnit == Unit.MONTH) {
                return known + "-XX";
            }
            if (c.referenceUnit == Unit.YEAR) {
                return unit == Unit.DAY ? known + "-XX-XX" : unit == Unit.MONTH ? known + "-XX"
                        : unit == Unit.WEEK ? known + "-WXX" : known;
            }
            return known;
        }
        return at(a, unit, shift);
    }

    /**
     * The day {@code shift} days from the reference date, its unknown fields marked where the reference is a month or a
     * year ("the following morning" after "in July 2016" is {@code 2016-07-XX}).
     */
    private static String dayAt(Context c, LocalDate a, int shift) {
        if (c.reference != null && (c.referenceUnit == Unit.MONTH || c.referenceUnit == Unit.YEAR)) {
            return at(c, a, Unit.DAY, shift);
        }
        return TimeValues.day(a.plusDays(shift));
    }

    private static String at(LocalDate a, Unit unit, int shift) {
        return TimeValues.period(a, unit, shift);
    }

    // ---------------------------------------------------------------- vague references

    /**
     * "now", "currently", "current", "these days", "recently", "recent", "the past", "the future", "the near term", and
     * "soon" where its clause speaks of the future.
     */
    private Reading vague(int i) {
        String w = t.at(i);
        switch (w) {
            case "now", "currently", "nowadays" -> {
                if (w.equals("now") && (t.is(i + 1, "-") && t.touches(i + 1) || t.is(i - 1, "just") || t.is(i - 1, "from")
                        && !t.is(i + 1, "on"))) {
                    return null;   // "now-defunct", "just now", "from now" (read with its amount)
                }
                return new Reading(i, i + 1, Type.DATE, null, c -> c.fixed("PRESENT_REF"));
            }
            case "current" -> {
                if (t.is(i - 1, "the") && UNITS.containsKey(t.at(i + 1)) || t.is(i + 1, "account") || t.is(i + 1, "-")
                        || t.is(i + 1, "events") || t.is(i + 1, "affairs") || t.is(i + 1, "and") && t.is(i + 2, "former")) {
                    return null;
                }
                return new Reading(i, i + 1, Type.DATE, null, c -> c.fixed("PRESENT_REF"));
            }
            case "then" -> {
                // "the then current price", "the then-current chairman": the present of a time gone by
                int k = t.is(i + 1, "-") && t.touches(i + 1) ? i + 2 : i + 1;
                return t.is(k, "current") ? new Reading(i, k + 1, Type.DATE, null, c -> c.fixed("PAST_REF")) : null;
            }
            case "these" -> {
                return t.is(i + 1, "days") ? new Reading(i, i + 2, Type.DATE, null, c -> c.fixed("PRESENT_REF")) : null;
            }
            case "recently", "lately" -> {
                int from = t.is(i - 1, "more") || t.is(i - 1, "most") || t.is(i - 1, "until") && false ? i - 1 : i;
                return new Reading(from, i + 1, Type.DATE, null, c -> c.fixed("PAST_REF"));
            }
            case "recent" -> {
                if (t.is(i - 1, "most") || t.is(i - 1, "more")) {
                    return null;
                }
                return new Reading(i, i + 1, Type.DATE, null, c -> c.fixed("PAST_REF"));
            }
            case "the" -> {
                String n = t.at(i + 1);
                if (n.equals("past") && !UNITS.containsKey(t.at(i + 2)) && quantity(i + 2) == null) {
                    return new Reading(i, i + 2, Type.DATE, null, c -> c.fixed("PAST_REF"));
                }
                if (n.equals("future") && !t.is(i + 2, "of")) {
                    return new Reading(i, i + 2, Type.DATE, null, c -> c.fixed("FUTURE_REF"));
                }
                if ((n.equals("near") || n.equals("foreseeable") || n.equals("distant") || n.equals("immediate"))
                        && t.is(i + 2, "future")) {
                    return new Reading(i, i + 3, Type.DATE, null, c -> c.fixed("FUTURE_REF"));
                }
                if ((n.equals("near") || n.equals("short") || n.equals("long")) && (t.is(i + 2, "term") || t.is(i + 2, "run"))
                        && !t.is(i + 3, "-") && !t.letters(i + 3)) {
                    return new Reading(i, i + 3, Type.DATE, null, c -> c.fixed("FUTURE_REF"));
                }
                return null;
            }
            case "soon" -> {
                // "will soon raise", "expects sales to soon grow": a time to come; "the strike soon ended" tells of
                // a past and "as soon as", "soon after" tie it to another event
                if (t.is(i - 1, "as") || t.is(i - 1, "how") || t.is(i - 1, "too") || t.is(i - 1, "so") || t.is(i + 1, "as")
                        || t.is(i + 1, "after") || t.is(i + 1, "afterward") || t.is(i + 1, "afterwards") || t.is(i + 1, "-")
                        || t.is(i + 1, "thereafter")) {
                    return null;
                }
                boolean modal = BEFORE_SOME_DAY.contains(t.at(i - 1)) || t.is(i - 1, "to");
                return new Reading(i, i + 1, Type.DATE, null,
                        c -> modal || c.tense == Direction.FUTURE ? c.fixed("FUTURE_REF") : null);
            }
            case "as" -> {
                if (t.is(i + 1, "soon") && t.is(i + 2, "as") && t.is(i + 3, "possible")) {
                    return new Reading(i, i + 4, Type.DATE, null, c -> c.fixed("FUTURE_REF"));
                }
                return null;
            }
            case "a" -> {
                if (t.is(i + 1, "later") && t.is(i + 2, "date")) {
                    return new Reading(i, i + 3, Type.DATE, null, c -> c.fixed("FUTURE_REF"));
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** Modal words before "one day" or "soon" that make it a time to come ("will one day be", "may soon close"). */
    private static final Set<String> BEFORE_SOME_DAY = Set.of("will", "would", "could", "might", "may", "can", "shall",
            "ll", "must", "should");

    /** "someday", "some day", and "one day" after a modal ("will one day be"): a time to come, never a date. */
    private Reading someDay(int i) {
        if (t.is(i, "someday")) {
            return new Reading(i, i + 1, Type.DATE, null, c -> c.fixed("FUTURE_REF"));
        }
        if ((t.is(i, "some") || t.is(i, "one")) && t.is(i + 1, "day") && !t.is(i + 2, "-") && !t.is(i + 2, "of")
                && (t.is(i, "some") ? !t.is(i - 1, "for") : BEFORE_SOME_DAY.contains(t.at(i - 1)) && !t.capital(i - 1))) {
            return new Reading(i, i + 2, Type.DATE, null, c -> c.fixed("FUTURE_REF"));
        }
        return null;
    }

    // ---------------------------------------------------------------- sets

    /** "every Monday", "each year", "every two weeks", "every morning", "daily", "weekly", "annually". */
    private Reading recurring(int i) {
        String w = t.at(i);
        switch (w) {
            case "daily", "nightly" -> {
                if (t.capital(i) && !t.lineBefore(i) && !t.is(i - 1, ".") || t.capital(i + 1) && !t.lineBefore(i + 1)
                        || t.is(i + 1, "mail") || t.is(i + 1, "news") || t.is(i + 1, "telegraph") || t.is(i + 1, "beast")) {
                    return null;   // "the Daily", "the party daily Granma": a newspaper
                }
                return new Reading(i, i + 1, Type.SET, null, c -> c.fixed(w.equals("daily") ? "P1D" : "XXXX-XX-XXTNI"));
            }
            case "weekly", "monthly", "yearly", "annually", "hourly", "biweekly", "biannually", "semiannually" -> {
                if (t.capital(i) && !t.lineBefore(i) && !t.is(i - 1, ".") || t.is(i - 1, "the") || t.is(i - 1, "a")
                        || t.is(i - 1, "'") || t.capital(i) && t.capital(i + 1) && t.letters(i + 1) && !t.lineBefore(i + 1)) {
                    return null;   // "the Weekly Standard", "Monthly Review": a name
                }
                String v = switch (w) {
                    case "weekly" -> "P1W";
                    case "monthly" -> "P1M";
                    case "hourly" -> "PT1H";
                    case "biweekly" -> "P2W";
                    case "biannually", "semiannually" -> "P6M";
                    default -> "P1Y";
                };
                return new Reading(i, i + 1, Type.SET, null, c -> c.fixed(v));
            }
            case "every", "each", "per" -> {
                int j = i + 1;
                if (t.is(j, "other") || t.is(j, "single")) {
                    j++;
                }
                DayOfWeek d = WEEKDAYS.get(t.at(j));
                if (d != null && t.capital(j)) {
                    String part = PARTS_OF_DAY.get(t.at(j + 1));
                    int end = part != null ? j + 2 : j + 1;
                    String v = "XXXX-WXX-" + d.getValue() + (part != null ? "T" + part : "");
                    return new Reading(i, end, Type.SET, null, c -> c.fixed(v));
                }
                int m = month(j);
                if (m > 0) {
                    String v = String.format(Locale.ROOT, "XXXX-%02d", m);
                    return new Reading(i, afterMonth(j), Type.SET, null, c -> c.fixed(v));
                }
                String season = SEASONS.get(t.at(j));
                if (season != null) {
                    return new Reading(i, j + 1, Type.SET, null, c -> c.fixed("XXXX-" + season));
                }
                String part = PARTS_OF_DAY.get(t.at(j));
                if (part != null && !t.at(j).endsWith("s")) {
                    return new Reading(i, j + 1, Type.SET, null, c -> c.fixed("XXXX-XX-XXT" + part));
                }
                UnitWord u = unit(j);
                if (u != null && !u.plural) {
                    Unit unit = u.unit;
                    if (unit == Unit.WEEKEND) {
                        return new Reading(i, u.end, Type.SET, null, c -> c.fixed("XXXX-WXX-WE"));
                    }
                    return new Reading(i, u.end, Type.SET, null, c -> c.fixed(TimeValues.duration(t.is(i + 1, "other") ? 2 : 1, unit)));
                }
                if (w.equals("per")) {
                    return null;
                }
                Quantity q = quantity(j);
                if (q != null && !q.article) {
                    UnitWord u2 = unit(q.end);
                    if (u2 != null && u2.plural) {
                        double v = q.value;
                        return new Reading(i, u2.end, Type.SET, null, c -> c.fixed(TimeValues.duration(v, u2.unit)));
                    }
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }
}
