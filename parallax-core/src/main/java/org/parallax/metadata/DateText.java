package org.parallax.metadata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written out in text: "Tuesday, March 21, 2023", "1st Mar 23 2:24 pm",
 * "16. Mai 2024", "2023-03-01T14:24", "21.03.2023", "2024年3月14日", "2024년 3월 14일", and dates without a year
 * ("Thursday, May 16").
 * Month and weekday names are read in English, German, French, Spanish and Polish.
 */
public final class DateText {

    /**
     * A date found in text.
     *
     * @param start   offset of its first character
     * @param end     offset after its last character
     * @param year    the year, or 0 when the text gives none
     * @param month   1..12
     * @param day     1..31
     * @param weekday the weekday the text names, or null
     * @param time    the time of day the text gives, or null
     */
    public record Match(int start, int end, int year, int month, int day, DayOfWeek weekday, LocalTime time) {
        public boolean hasYear() {
            return year > 0;
        }

        /** The date, when the year is known and the day exists. */
        public LocalDate date() {
            return hasYear() ? safe(year, month, day) : null;
        }
    }

    private static final Map<String, Integer> MONTHS = months();
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();

    /** A month's name, a word of its own ("19 separate actions" names no September). */
    private static final String MONTH = "(?<month>" + alternation(MONTHS) + ")(?!\\p{L})\\.?";
    private static final String WEEKDAY = "(?:(?<weekday>" + alternation(WEEKDAYS) + ")\\.?,?\\s+(?:the\\s+|den\\s+|le\\s+)?)?";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th|\\.|er)?";
    private static final String YEAR = "(?<year>(?:19|20)\\d\\d|'?\\d\\d)(?![\\d:])";
    /** A four-digit year ahead: scraped text drops the space after a day's comma ("June 24,2005"), never for "'05". */
    private static final String FOUR_DIGITS = "(?=(?:19|20)\\d\\d(?![\\d:]))";
    private static final String TIME = "(?:(?:,|\\s+at|\\s+um|\\s+-|\\s+\\|)?\\s+(?<hour>[0-2]?\\d)[:.h](?<minute>[0-5]\\d)"
            + "(?:\\s*(?<ampm>[ap]\\.?m\\.?))?)?";

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + WEEKDAY + DAY
            + "\\s*(?:de\\s+|of\\s+)?" + MONTH + "(?:,?\\s*(?:de\\s+)?" + YEAR + ")?" + TIME);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + WEEKDAY + MONTH
            + "\\s+" + DAY + "(?![\\d:])(?:(?:,?\\s+|," + FOUR_DIGITS + ")" + YEAR + ")?" + TIME);
    private static final Pattern ISO = Pattern.compile("(?<![\\d])(?<year>(?:19|20)\\d\\d)-(?<month>[01]\\d)-(?<day>[0-3]\\d)"
            + "(?:[T ](?<hour>[0-2]\\d):(?<minute>[0-5]\\d))?(?![\\d])");
    /** Chinese and Japanese (2024年3月14日 14:05) and Korean (2024년 3월 14일) dates. */
    private static final Pattern EAST_ASIAN = Pattern.compile("(?<![\\d])(?<year>(?:19|20)\\d\\d)\\s*[年년]\\s*"
            + "(?<month>[01]?\\d)\\s*[月월]\\s*(?<day>[0-3]?\\d)\\s*[日일]?(?![\\d])(?:[^\\d\\n]{0,6}?(?<hour>[0-2]?\\d)"
            + "\\s*[:時시]\\s*(?<minute>[0-5]\\d))?");
    /**
     * Day, month and year in digits; with slashes, the month may come first (see {@link #monthFirst}) and the year
     * may have two digits (12/16/08).
     */
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(?<day>[0-3]?\\d)(?<sep>[./])(?<month>[0-3]?\\d)"
            + "\\k<sep>(?<year>(?:19|20)\\d\\d|(?<=/)\\d\\d)(?![\\d/])" + TIME);
    /** The time zones of the United States, whose writers put the month first: 8/2/2013 is August 2 there. */
    private static final Pattern AMERICAN_ZONE = Pattern.compile("\\b(?:E|C|M|P|AK|H)[SD]?T\\b");
    /** A time on the twelve-hour clock ("1:26 PM"), which American datelines use and most others do not. */
    private static final Pattern TWELVE_HOURS = Pattern.compile("\\b[01]?\\d[:.][0-5]\\d\\s*[AaPp]\\.?[Mm]\\b");
    /** Time zones of the rest of the world, where the day comes first whatever the clock. */
    private static final Pattern OTHER_ZONE = Pattern.compile("\\b(?:GMT|UTC|BST|WET|CET|CEST|EET|MSK|IST|PKT|SGT|HKT|JST|KST"
            + "|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST|WAT|EAT)\\b");

    /** Words that may stand beside a date in a dateline without making it prose. */
    private static final Pattern DATELINE_WORDS = Pattern.compile("(?iu)\\b(published|updated|posted|last|modified|"
            + "date|on|at|am|pm|a\\.m|p\\.m|gmt|utc|cet|cest|bst|est|edt|pst|ist|stand|veröffentlicht|aktualisiert|"
            + "uhr|am|um|le|el|de|publié|mis à jour|dnia|opublikowano|aktualizacja|the|pubblicato|il|ultima|modifica|"
            + "aggiornato|publicado|atualizado|em|às)\\b");

    private DateText() {
    }

    /** Every date in {@code text}, in order, overlapping matches resolved to the longest. */
    public static List<Match> find(String text) {
        if (text.chars().noneMatch(Character::isDigit)) {
            return List.of();
        }
        List<Match> found = new ArrayList<>();
        for (Pattern p : List.of(ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, EAST_ASIAN)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Match match = toMatch(m, p == ISO || p == NUMERIC || p == EAST_ASIAN,
                        p == NUMERIC && monthFirst(m, text));
                if (match != null) {
                    found.add(match);
                }
            }
        }
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<Match> result = new ArrayList<>();
        int coveredTo = -1;
        for (Match m : found) {
            if (m.start() >= coveredTo) {
                result.add(m);
                coveredTo = m.end();
            } else if (!result.isEmpty() && m.end() > coveredTo && m.start() == result.get(result.size() - 1).start()) {
                result.set(result.size() - 1, m);
                coveredTo = m.end();
            }
        }
        return result;
    }

    /** Whether a line says nothing but a date (with its weekday, time and words like "Updated"). */
    public static boolean isDateLine(String line) {
        if (line.length() > 80) {
            return false;
        }
        List<Match> dates = find(line);
        return !dates.isEmpty() && onlyDatelineWords(withoutDates(line, dates));
    }

    /** A line with the dates found in it taken out. */
    private static String withoutDates(String line, List<Match> dates) {
        StringBuilder rest = new StringBuilder(line);
        for (int i = dates.size() - 1; i >= 0; i--) {
            rest.delete(dates.get(i).start(), dates.get(i).end());
        }
        return rest.toString();
    }

    /** Whether what a line holds beside its dates is only words a dateline may hold. */
    private static boolean onlyDatelineWords(String rest) {
        return DATELINE_WORDS.matcher(rest).replaceAll(" ").replaceAll("[^\\p{L}]", "").length() <= 3;
    }

    /** A time of day on either clock: "5:40 p. m.", "02.16PM", "22:46". */
    private static final Pattern CLOCK = Pattern.compile("(?iu)\\b[0-2]?\\d[:.][0-5]\\d(?:[:.][0-5]\\d)?(?:\\s*[ap]\\.?\\s?m\\b\\.?)?");
    /** Words that may stand beside a time in a timestamp line, besides those of a dateline. */
    private static final Pattern STAMP_WORDS = Pattern.compile("(?iu)\\b(originally|first|story|created|edited|filed|"
            + "released?)\\b");

    /**
     * Whether a short line says when, and nothing else of note: a date line, or dates and clock times with at most one
     * other word ("Originally published 05/03/2013 at 10:20 AM EDT", "Updated 5:40 p. m. ET"). Such a line is never
     * a headline.
     */
    public static boolean isTimestamp(String line) {
        if (line.length() > 100 || line.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        List<Match> dates = find(line);
        String rest = withoutDates(line, dates);
        if (!dates.isEmpty() && line.length() <= 80 && onlyDatelineWords(rest)) {
            return true;   // a date line
        }
        Matcher clock = CLOCK.matcher(rest);
        if (dates.isEmpty() && !clock.find()) {
            return false;
        }
        String left = clock.reset().replaceAll(" ");
        for (Pattern words : List.of(DATELINE_WORDS, STAMP_WORDS, AMERICAN_ZONE, OTHER_ZONE)) {
            left = words.matcher(left).replaceAll(" ");
        }
        return java.util.Arrays.stream(left.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).count() <= 1;
    }

    /**
     * Whether a date in digits with slashes puts the month first: when its second number cannot be a month, or when
     * neither can be told apart and its line, within {@value #NEARBY} characters, names an American time zone
     * ("8:13 AM PDT 8/2/2013") or gives the time on the twelve-hour clock without another zone ("Updated 4/11/2007
     * 1:26 PM"). Otherwise the day comes first, as in most of the world.
     */
    private static boolean monthFirst(Matcher m, String text) {
        if (!m.group("sep").equals("/")) {
            return false;
        }
        if (Integer.parseInt(m.group("month")) > 12) {
            return true;
        }
        if (Integer.parseInt(m.group("day")) > 12) {
            return false;
        }
        String before = text.substring(Math.max(0, m.start() - NEARBY), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + NEARBY));
        String line = before.substring(before.lastIndexOf('\n') + 1) + m.group()
                + (after.indexOf('\n') < 0 ? after : after.substring(0, after.indexOf('\n')));
        return AMERICAN_ZONE.matcher(line).find()
                || TWELVE_HOURS.matcher(line).find() && !OTHER_ZONE.matcher(line).find();
    }

    /** How far beside a date its line is read for a time zone, in characters. */
    private static final int NEARBY = 40;

    private static Match toMatch(Matcher m, boolean numericMonth, boolean monthFirst) {
        int month;
        if (numericMonth) {
            month = Integer.parseInt(m.group(monthFirst ? "day" : "month"));
        } else {
            Integer named = MONTHS.get(Vocabulary.key(m.group("month")));
            if (named == null) {
                return null;
            }
            month = named;
        }
        int day = Integer.parseInt(m.group(monthFirst ? "month" : "day"));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        int year = 0;
        String y = m.group("year");
        if (y != null) {
            y = y.replace("'", "");
            year = Integer.parseInt(y);
            if (y.length() == 2) {
                year += year < 70 ? 2000 : 1900;
            }
        }
        if (year > 0 && safe(year, month, day) == null) {
            return null;
        }
        DayOfWeek weekday = null;
        if (!numericMonth && m.group("weekday") != null) {
            weekday = WEEKDAYS.get(Vocabulary.key(m.group("weekday")));
        }
        LocalTime time = null;
        if (optional(m, "hour") != null) {
            int hour = Integer.parseInt(m.group("hour"));
            int minute = Integer.parseInt(m.group("minute"));
            String ampm = optional(m, "ampm");
            if (ampm != null) {
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                hour = hour % 12 + (pm ? 12 : 0);
            }
            if (hour < 24) {
                time = LocalTime.of(hour, minute);
            }
        }
        return new Match(m.start(), m.end(), year, month, day, weekday, time);
    }

    private static String optional(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LocalDate safe(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String alternation(Map<String, ?> names) {
        return String.join("|", names.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).toList());
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[][] names = {
                {"january", "jan", "januar", "jänner", "janvier", "enero", "stycznia", "styczeń", "gennaio", "janeiro"},
                {"february", "feb", "februar", "février", "febrero", "lutego", "luty", "febbraio", "fevereiro"},
                {"march", "mar", "märz", "mars", "marzo", "marca", "marzec", "março"},
                {"april", "apr", "avril", "abril", "kwietnia", "kwiecień", "aprile"},
                {"may", "mai", "mayo", "maja", "maj", "maggio", "maio"},
                {"june", "jun", "juni", "juin", "junio", "czerwca", "czerwiec", "giugno", "junho"},
                {"july", "jul", "juli", "juillet", "julio", "lipca", "lipiec", "luglio", "julho"},
                {"august", "aug", "août", "agosto", "sierpnia", "sierpień"},
                {"september", "sep", "sept", "septembre", "septiembre", "września", "wrzesień", "settembre", "setembro"},
                {"october", "oct", "oktober", "okt", "octobre", "octubre", "października", "październik", "ottobre", "outubro"},
                {"november", "nov", "novembre", "noviembre", "listopada", "listopad", "novembro"},
                {"december", "dec", "dezember", "dez", "décembre", "diciembre", "grudnia", "grudzień", "dicembre", "dezembro"}};
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                m.put(name, i + 1);
            }
        }
        return Map.copyOf(m);
    }

    private static Map<String, DayOfWeek> weekdays() {
        Map<String, DayOfWeek> m = new java.util.HashMap<>();
        String[][] names = {
                {"monday", "mon", "montag", "lundi", "lunes", "poniedziałek"},
                {"tuesday", "tue", "tues", "dienstag", "mardi", "martes", "wtorek"},
                {"wednesday", "wed", "mittwoch", "mercredi", "miércoles", "środa"},
                {"thursday", "thu", "thur", "thurs", "donnerstag", "jeudi", "jueves", "czwartek"},
                {"friday", "fri", "freitag", "vendredi", "viernes", "piątek"},
                {"saturday", "sat", "samstag", "sonnabend", "samedi", "sábado", "sobota"},
                {"sunday", "sun", "sonntag", "dimanche", "domingo", "niedziela"}};
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                m.put(name, DayOfWeek.of(i + 1));
            }
        }
        return Map.copyOf(m);
    }

    /** Lookup keys for names. */
    private static final class Vocabulary {
        static String key(String s) {
            return s.toLowerCase(Locale.ROOT);
        }
    }
}
