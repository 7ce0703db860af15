package org.parallax.metadata;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.clean.CleanedText;
import org.parallax.clean.Line;
import org.parallax.clean.LineRole;
import org.parallax.model.Evidence;
import org.parallax.model.PublicationDate;

/**
 * Reads when an article was published, in order of trust: the date the input states; a dateline
 * between the headline and the text; a date that heads the opening sentence as a dateline does, or that the opening
 * sentence gives with its weekday (inferred: a lead tells of the days just before it); a header date above
 * the headline. A header date beside a page widget (a temperature, the weather) is the date the page
 * was shown: it is kept as the page date, and it stands in for the publication date (inferred) only
 * when the page has no empty date slot of its own. A date printed without a year gets the year in
 * which its weekday falls, at or after the latest year the text mentions.
 */
final class PublicationDates {
    private static final Pattern WIDGET = Pattern.compile("(?iu)^-?\\d{1,2}([.,]\\d)?\\s*°?\\s*[CF]$|weather|wetter|météo");
    private static final Pattern EMPTY_SLOT = Pattern.compile("(?iu)^(date|published|posted|datum|veröffentlicht|publié|fecha)\\s*:?$");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d])(19[5-9]\\d|20\\d\\d)(?![\\d])");
    private static final Pattern DATELINE_LABEL = Pattern.compile("(?iu)^(by|von|par|por|published|updated|posted|"
            + "veröffentlicht|aktualisiert|publié|publicado)\\b|\\|");
    /** How many lines below the headline a dateline may stand. */
    private static final int DATELINE_REACH = 4;
    /** How far into the text a date still dates the article. */
    private static final int OPENING = 300;
    /** What may stand before a dateline's date in the opening line: the place, in capitalized words ("PORT VELL, "). */
    private static final Pattern PLACE = Pattern.compile("^(?:[\\p{Lu}][\\p{L}.'’-]*[,\\s]+)*$");

    /** The publication date and the page date. */
    record Dates(PublicationDate published, String pageDate) {
    }

    private final Clock clock;

    PublicationDates(Clock clock) {
        this.clock = clock;
    }

    Dates read(String raw, CleanedText cleaned, String statedDate, String statedSource) {
        List<Line> lines = cleaned.lines();
        List<LineRole> roles = cleaned.roles();
        int firstBody = roles.indexOf(LineRole.BODY);
        int titleAt = roles.indexOf(LineRole.TITLE);
        int latestYear = latestYear(cleaned.text());

        PublicationDate header = null;
        boolean widget = false;
        boolean emptySlot = false;
        PublicationDate dateline = null;
        PublicationDate opening = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            LineRole role = roles.get(i);
            if (role == LineRole.HEADER) {
                widget |= WIDGET.matcher(line.text()).find();
                if (header == null && DateText.isDateLine(line.text())) {
                    header = date(raw, line, DateText.find(line.text()).get(0), latestYear, true);
                }
            } else if (role == LineRole.CHROME && i > titleAt && i <= titleAt + DATELINE_REACH
                    && (firstBody < 0 || i < firstBody)) {
                emptySlot |= EMPTY_SLOT.matcher(line.text()).matches();
                if (dateline == null && isDateline(line.text())) {
                    dateline = date(raw, line, DateText.find(line.text()).get(0), latestYear, false);
                }
            } else if (role == LineRole.BODY && i == firstBody) {
                List<DateText.Match> found = DateText.find(line.text());
                if (!found.isEmpty() && found.get(0).start() < OPENING && datesTheLead(line.text(), found.get(0))) {
                    opening = date(raw, line, found.get(0), latestYear, true);
                }
            }
        }
        String pageDate = header != null && widget ? header.day() : null;
        PublicationDate published = stated(statedDate, statedSource);
        if (published == null) {
            published = dateline;
        }
        if (published == null) {
            published = opening;
        }
        if (published == null && header != null && !emptySlot) {
            published = widget ? new PublicationDate(header.value(), true, header.evidence()) : header;
        }
        return new Dates(published, pageDate);
    }

    /**
     * Whether a date in the opening line dates the article: it heads the line as a dateline ("PORT VELL, March 3 (Wire)
     * --"), or the lead names it with its weekday ("on Wednesday, April 9"), a day of the week the news is from. Any
     * other date of a lead tells of something before or ahead ("the March 3, 2001, attack", "payable Jan. 2", "the
     * vote set for June 25"): over the undated news of temporal-dev and stances-dev, no such date was the day of
     * publication.
     */
    private static boolean datesTheLead(String line, DateText.Match date) {
        return date.weekday() != null
                || PLACE.matcher(line.substring(0, date.start())).matches() && headsLine(line, date.end());
    }

    /** Whether what follows a date at {@code end} ends a dateline: a dash, a bracket, a colon, a bar or the line's end. */
    private static boolean headsLine(String line, int end) {
        int i = end;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == ',')) {
            i++;
        }
        return i >= line.length() || "-\u2013\u2014([:|".indexOf(line.charAt(i)) >= 0;
    }

    /** A line that dates the article: a date alone, or a short byline or label with a full date. */
    private static boolean isDateline(String line) {
        if (DateText.isDateLine(line)) {
            return true;
        }
        if (line.length() > 100 || line.endsWith("...") || line.endsWith("…") || !DATELINE_LABEL.matcher(line).find()) {
            return false;
        }
        List<DateText.Match> found = DateText.find(line);
        return !found.isEmpty() && found.get(0).hasYear();
    }

    /** A date the input states in a field: ISO text as it is, or a written date. */
    static PublicationDate stated(String value, String source) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        int at = source == null ? -1 : source.indexOf(text);
        Evidence evidence = at >= 0 ? Evidence.of(source, at, at + text.length()) : new Evidence(0, text.length(), text);
        List<DateText.Match> found = DateText.find(text);
        if (found.isEmpty() || !found.get(0).hasYear()) {
            return null;
        }
        return new PublicationDate(iso(found.get(0), found.get(0).year()), false, evidence, zone(text, found.get(0)));
    }

    private PublicationDate date(String raw, Line line, DateText.Match match, int latestYear, boolean inferred) {
        int year = match.hasYear() ? match.year() : yearFor(match, latestYear);
        int start = rawOffset(raw, line, match.start());
        int end = rawOffset(raw, line, match.end());
        return new PublicationDate(iso(match, year), inferred || !match.hasYear(), Evidence.of(raw, start, end));
    }

    /** Maps an offset in a line's folded text back to the raw text. */
    private static int rawOffset(String raw, Line line, int offset) {
        int folded = 0;
        int i = line.start();
        boolean space = false;
        while (i < line.end() && folded < offset) {
            char c = raw.charAt(i);
            boolean isSpace = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (!isSpace || !space) {
                folded++;
            }
            space = isSpace;
            i++;
        }
        while (i < line.end() && (Character.isWhitespace(raw.charAt(i)) || Character.isSpaceChar(raw.charAt(i))) && space) {
            i++;
        }
        return i;
    }

    private static final Pattern ZONE = Pattern.compile("^(?::\\d\\d(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d\\d:?\\d\\d)(?![\\d])");

    /**
     * The time zone written right after a date-time ("+02:00", "Z"), as ISO 8601 offsets write it, or null when the
     * text gives none or the match has no time.
     */
    static String zone(String text, DateText.Match m) {
        if (m.time() == null) {
            return null;
        }
        Matcher z = ZONE.matcher(text.substring(m.end()));
        if (!z.find()) {
            return null;
        }
        String offset = z.group(1);
        if (offset.equals("Z")) {
            return "Z";
        }
        return offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
    }

    static String iso(DateText.Match m, int year) {
        LocalDate day = DateText.safe(year, m.month(), m.day());
        if (day == null) {
            return String.format("%04d-%02d", year, m.month());
        }
        return m.time() == null ? day.toString() : LocalDateTime.of(day, m.time()).toString();
    }

    /**
     * The year a date without one most likely falls in: with a weekday, the first year from the latest the text names
     * (else from six years back) in which the day falls on it; without, that latest year, else this one. A page is
     * never published after the day it is read, so a day still ahead this year is last year's.
     */
    private int yearFor(DateText.Match m, int latestYear) {
        LocalDate today = LocalDate.now(clock);
        int now = today.getYear();
        int floor = latestYear > 0 ? Math.min(latestYear, now) : now - 6;
        if (m.weekday() != null) {
            for (int y = floor; y <= now; y++) {
                LocalDate d = DateText.safe(y, m.month(), m.day());
                if (d != null && d.getDayOfWeek() == m.weekday() && !ahead(d, today)) {
                    return y;
                }
            }
            for (int y = floor - 1; y > floor - 12; y--) {
                LocalDate d = DateText.safe(y, m.month(), m.day());
                if (d != null && d.getDayOfWeek() == m.weekday()) {
                    return y;
                }
            }
        }
        int year = latestYear > 0 ? floor : now;
        LocalDate d = DateText.safe(year, m.month(), m.day());
        return d != null && ahead(d, today) ? year - 1 : year;
    }

    /** Whether a day is after today by more than the day that time zones may put between a page and its reader. */
    private static boolean ahead(LocalDate day, LocalDate today) {
        return day.isAfter(today.plusDays(1));
    }

    private static int latestYear(String text) {
        int latest = 0;
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            latest = Math.max(latest, Integer.parseInt(m.group(1)));
        }
        return latest;
    }
}
