package org.parallax.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one sentence as the claim judge compares them: its content words (stemmed, without function
 * words), the numbers and dates it gives (digits, number words and scales, months and weekdays, all in one
 * spelling: "1,000" and "1000", "six" and "6"), the names it uses (capitalized words inside the sentence and
 * acronyms; a country, region or organization of the gazetteer under one key whatever name, alias or demonym it
 * goes by), its negations and the content words each governs (the next few words of its clause). Linear in the
 * sentence's length.
 */
final class ClaimText {
    private static final Pattern WORD = Pattern.compile("\\d+(?:[.,]\\d+)*|[\\p{L}\\p{M}]+(?:[.'’][\\p{L}\\p{M}]+)*\\.?");
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(lines("function-words.txt"));
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither",
            "nor", "nowhere", "without", "cannot", "n't");
    private static final Map<String, String> NUMBER_WORDS = numberWords();
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
    private static final Map<String, Set<String>> ANTONYMS = antonyms();

    final String text;
    /** Every word, lower case, in order (for lengths and look-ups). */
    final List<String> words;
    /** The stems of the content words, in first-seen order. */
    final Set<String> content;
    /** Numbers, scales, months and weekdays, in one spelling each. */
    final Set<String> figures;
    /** Names: capitalized words past the first word, and acronyms, lower case without dots. */
    final Set<String> names;
    /** The content words that are figures or names (as {@link #content} holds them). */
    final Set<String> specific;
    /** Every word's lower-case form without dots, and its stem: where a name or figure is looked up. */
    final Set<String> forms;
    /** The stems of all its words, function words included ("more", "after"). */
    final Set<String> stems;
    final int negations;
    /** The content words that a negation governs: those of the few words after it, within its clause. */
    final Set<String> negated;

    ClaimText(String text) {
        this.text = text;
        String read = spelledFigures(text);
        List<String> all = new ArrayList<>();
        Set<String> contentStems = new LinkedHashSet<>();
        Set<String> figureSet = new LinkedHashSet<>();
        Set<String> nameSet = new LinkedHashSet<>();
        Set<String> specificSet = new HashSet<>();
        Set<String> formSet = new HashSet<>();
        Set<String> stemSet = new HashSet<>();
        int negationCount = 0;
        List<Gazetteer.Match> places = new ArrayList<>();
        for (Gazetteer.Match g : Gazetteer.bundled().find(read)) {
            if (g.form() == Gazetteer.Form.NAME || g.form() == Gazetteer.Form.ALIAS || g.form() == Gazetteer.Form.DEMONYM) {
                places.add(g);
                formSet.add(place(g));
            }
        }
        int nextPlace = 0;
        Set<String> negatedSet = new HashSet<>();
        int governed = 0;
        int previousEnd = 0;
        List<String> run = new ArrayList<>();
        Matcher m = WORD.matcher(read);
        int index = 0;
        while (m.find()) {
            String raw = m.group();
            if (clauseBreak(read, previousEnd, m.start())) {
                governed = 0;
            }
            previousEnd = m.end();
            boolean contracted = raw.endsWith("n't") || raw.endsWith("n’t");
            if (contracted) {
                raw = raw.substring(0, raw.length() - 3);
                negationCount++;
            }
            if (raw.endsWith(".") && raw.indexOf('.') == raw.length() - 1 && raw.length() > 1) {
                raw = raw.substring(0, raw.length() - 1);   // a sentence's stop, or the dot of an abbreviation
            }
            if (raw.isEmpty()) {
                continue;
            }
            String lower = raw.toLowerCase(Locale.ROOT).replace("’", "'");
            if (lower.endsWith("'s")) {
                lower = lower.substring(0, lower.length() - 2);
            }
            String plain = lower.replace(".", "").replace("'", "");
            if (Character.isDigit(plain.isEmpty() ? 'x' : plain.charAt(0))) {
                plain = plain.replace(",", "");
            }
            if (plain.isEmpty()) {
                continue;
            }
            all.add(plain);
            formSet.add(plain);
            String stem = stem(plain);
            formSet.add(stem);
            stemSet.add(stem);
            boolean negation = NEGATIONS.contains(plain);
            if (negation) {
                negationCount++;
            }
            String figure = figure(plain);
            if (figure == null && Character.isUpperCase(raw.charAt(0))) {
                if (!FUNCTION_WORDS.contains(plain)) {
                    run.add(plain);
                }
            } else if (!FUNCTION_WORDS.contains(plain) || run.isEmpty()) {
                addInitials(run, formSet);
            }
            while (nextPlace < places.size() && places.get(nextPlace).end() <= m.start()) {
                nextPlace++;
            }
            Gazetteer.Match place = nextPlace < places.size() && places.get(nextPlace).start() <= m.start()
                    ? places.get(nextPlace) : null;
            if (figure != null) {
                figureSet.add(figure);
                formSet.add(figure);
            } else if (place != null) {
                nameSet.add(place(place));
            } else if (Character.isUpperCase(raw.charAt(0)) && (index > 0 || isAcronym(raw))
                    && !FUNCTION_WORDS.contains(plain)) {
                nameSet.add(plain);
            }
            if (!FUNCTION_WORDS.contains(plain) && !NEGATIONS.contains(plain)) {
                String key = figure != null ? figure : place != null ? place(place) : stem;
                contentStems.add(key);
                if (governed > 0) {
                    negatedSet.add(key);
                }
                if (figure != null || place != null || nameSet.contains(plain)) {
                    specificSet.add(key);
                }
            }
            governed = negation || contracted ? NEGATION_SCOPE : Math.max(0, governed - 1);
            index++;
        }
        addInitials(run, formSet);
        this.words = List.copyOf(all);
        this.content = contentStems;
        this.figures = figureSet;
        this.names = nameSet;
        this.specific = specificSet;
        this.forms = formSet;
        this.stems = stemSet;
        this.negations = negationCount;
        this.negated = negatedSet;
    }

    private static final Pattern COMPOUND_NUMBER = Pattern.compile(
            "(?i)\\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)\\b");
    private static final Pattern PERCENT_SIGN = Pattern.compile("(\\d)\\s?%");

    /**
     * The text as its words are read: a number written in words with a hyphen in digits ("Fifty-seven" as "57"), a
     * percent sign as the word ("4%" as "4 percent"). Linear in the text's length.
     */
    static String spelledFigures(String text) {
        String out = text;
        if (out.indexOf('-') >= 0) {
            Matcher m = COMPOUND_NUMBER.matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                int tens = Integer.parseInt(NUMBER_WORDS.get(m.group(1).toLowerCase(Locale.ROOT)));
                int units = Integer.parseInt(NUMBER_WORDS.get(m.group(2).toLowerCase(Locale.ROOT)));
                m.appendReplacement(sb, String.valueOf(tens + units));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out.indexOf('%') >= 0 ? PERCENT_SIGN.matcher(out).replaceAll("$1 percent") : out;
    }

    /** How many words after a negation it governs. */
    static final int NEGATION_SCOPE = 4;

    /** Whether the text between two words ends a clause (a comma, semicolon, colon, dash or bracket). */
    private static boolean clauseBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '—' || c == '–') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of the two texts negates what the other states: a content word that a negation governs in one
     * stands in the other ungoverned ("would not cut jobs" against "would cut jobs"; not "no one was hurt" against a
     * text that does not speak of anyone hurt), and the two do not hold as many negations ("does not have a" against
     * "has no" is one polarity, however far each negation reaches).
     */
    boolean polarityDiffers(ClaimText other) {
        return negations != other.negations
                && (negates(negated, other.content, other.negated) || negates(other.negated, content, negated));
    }

    /** Whether a word of {@code negated} stands among {@code content} where no negation governs it. */
    static boolean negates(Set<String> negated, Set<String> content, Set<String> alsoNegated) {
        for (String w : negated) {
            if (content.contains(w) && !alsoNegated.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The longest run of capitalized words whose initials are read as an acronym. */
    private static final int LONGEST_RUN = 8;

    /**
     * Adds the initials of every stretch of two or more words of a run of capitalized words ("University of
     * California at Los Angeles" gives "ucla", "uc", "la", ...) as forms, so that an acronym finds what it stands for;
     * then empties the run.
     */
    private static void addInitials(List<String> run, Set<String> forms) {
        int n = Math.min(run.size(), LONGEST_RUN);
        for (int from = 0; from < n; from++) {
            StringBuilder initials = new StringBuilder().append(run.get(from).charAt(0));
            for (int to = from + 1; to < n; to++) {
                initials.append(run.get(to).charAt(0));
                forms.add(initials.toString());
            }
        }
        run.clear();
    }

    /** Whether {@code stem} has an antonym among {@code stems}. */
    static boolean hasAntonymAmong(String stem, Set<String> stems) {
        Set<String> opposite = ANTONYMS.get(stem);
        if (opposite != null) {
            for (String o : opposite) {
                if (stems.contains(o)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a word of this text has its antonym in {@code other} while neither text holds the other word of the
     * pair ("rose" against "fell", but not where both say "rose" and "fell").
     */
    boolean opposes(ClaimText other) {
        for (String stem : stems) {
            Set<String> opposite = ANTONYMS.get(stem);
            if (opposite == null) {
                continue;
            }
            for (String o : opposite) {
                if (other.stems.contains(o) && !stems.contains(o) && !other.stems.contains(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The key of a country, region or organization the gazetteer finds by its name, an alias or a demonym ("U.K.",
     * "Britain" and "British" are one); a capital or seat of government stays a place of its own.
     */
    private static String place(Gazetteer.Match g) {
        return "@" + g.entry().name().toLowerCase(Locale.ROOT);
    }

    static boolean isFunctionWord(String lower) {
        return FUNCTION_WORDS.contains(lower);
    }

    private static boolean isAcronym(String raw) {
        int upper = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isUpperCase(raw.charAt(i))) {
                upper++;
            }
        }
        return upper >= 2;
    }

    /** The one spelling of a number, scale, month or weekday; null for any other word. */
    static String figure(String plain) {
        char c = plain.charAt(0);
        if (Character.isDigit(c)) {
            return plain;
        }
        String n = NUMBER_WORDS.get(plain);
        if (n != null) {
            return n;
        }
        return CALENDAR.contains(plain) ? plain.substring(0, 3) : null;
    }

    /** A light suffix stemmer: plural and verb endings off ("rises", "rising", "rised" -> "ris"), stable on stems. */
    static String stem(String w) {
        if (w.length() <= 3 || !Character.isLetter(w.charAt(0))) {
            return w;
        }
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("es") && s.length() > 4 && (s.endsWith("shes") || s.endsWith("ches") || s.endsWith("xes"))) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("ing") && s.length() > 5) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("ied") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("ed") && s.length() > 4) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("ly") && s.length() > 5) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.endsWith("e") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 3 && s.charAt(s.length() - 1) == s.charAt(s.length() - 2)
                && "bdfgklmnprt".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);   // "stopp" (stopped) -> "stop"
        }
        return s;
    }

    private static Map<String, String> numberWords() {
        Map<String, String> map = new HashMap<>();
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < units.length; i++) {
            map.put(units[i], String.valueOf(i));
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            map.put(tens[i], String.valueOf(20 + 10 * i));
        }
        String[] ordinals = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                "tenth"};
        for (int i = 0; i < ordinals.length; i++) {
            map.put(ordinals[i], String.valueOf(i + 1));
        }
        map.put("dozen", "12");
        map.put("half", "0.5");
        map.put("hundred", "hundred");
        map.put("thousand", "thousand");
        map.put("million", "million");
        map.put("billion", "billion");
        map.put("trillion", "trillion");
        return Map.copyOf(map);
    }

    /** The antonym pairs of {@code antonyms.tsv}, each word under its stem, both ways. */
    private static Map<String, Set<String>> antonyms() {
        Map<String, Set<String>> map = new HashMap<>();
        for (String line : lines("antonyms.tsv")) {
            String[] pair = line.split("\t");
            if (pair.length != 2) {
                throw new IllegalStateException("antonyms.tsv: a line holds two words and a tab: '" + line + "'");
            }
            String a = stem(pair[0]);
            String b = stem(pair[1]);
            map.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            map.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        }
        return map;
    }

    /** The lines of a bundled word list, stripped, without blank lines and '#' comments. */
    static List<String> lines(String resource) {
        return WordLists.read(resource, "the word list").stream().map(l -> l.text().strip()).toList();
    }
}
