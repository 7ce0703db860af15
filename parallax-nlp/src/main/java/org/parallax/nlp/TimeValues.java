package org.parallax.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Calendar arithmetic and TimeML values: days, weeks, months, quarters, halves, seasons, years, decades and
 * centuries of a date, moved by a number of units; the date of a weekday or a holiday nearest a date in a
 * direction; and durations written as TimeML writes them ({@code P3Y}, {@code PT2H30M}).
 */
final class TimeValues {
    private TimeValues() {
    }

    /**
     * Units of the calendar and of durations, each with the letter a duration is written with; decades, centuries and
     * millennia take E, C and L, as the TIDES guidelines TimeML follows for values write them ({@code PXE} "decades").
     */
    enum Unit {
        SECOND("S", true), MINUTE("M", true), HOUR("H", true), DAY("D", false), WEEKEND("WE", false), WEEK("W", false),
        MONTH("M", false), QUARTER("Q", false), HALF("H", false), YEAR("Y", false), DECADE("E", false),
        CENTURY("C", false), MILLENNIUM("L", false);

        final String letter;
        final boolean clock;

        Unit(String letter, boolean clock) {
            this.letter = letter;
            this.clock = clock;
        }
    }

    /** Which way from a date a time is looked for. */
    enum Direction {
        /** Before the date, or the date itself. */
        PAST,
        /** After the date, or the date itself. */
        FUTURE,
        /** Nothing says. */
        NONE
    }

    static String day(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    static String month(int year, int month) {
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }

    static String year(int year) {
        return String.format(Locale.ROOT, "%04d", year);
    }

    static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    static String quarter(int year, int quarter) {
        return year(year) + "-Q" + quarter;
    }

    /** The value of the period of {@code unit} that holds {@code d}, moved by {@code n} such periods. */
    static String period(LocalDate d, Unit unit, int n) {
        return switch (unit) {
            case SECOND, MINUTE, HOUR, DAY -> day(d.plusDays(unit == Unit.DAY ? n : 0));
            case WEEK -> week(d.plusWeeks(n));
            case WEEKEND -> week(d.plusWeeks(n)) + "-WE";
            case MONTH -> {
                LocalDate m = d.withDayOfMonth(1).plusMonths(n);
                yield month(m.getYear(), m.getMonthValue());
            }
            case QUARTER -> {
                LocalDate q = d.withDayOfMonth(1).plusMonths(3L * n);
                yield quarter(q.getYear(), quarterOf(q));
            }
            case HALF -> {
                LocalDate h = d.withDayOfMonth(1).plusMonths(6L * n);
                yield year(h.getYear()) + "-H" + (h.getMonthValue() <= 6 ? 1 : 2);
            }
            case YEAR -> year(d.getYear() + n);
            case DECADE -> String.format(Locale.ROOT, "%03d", Math.floorDiv(d.getYear(), 10) + n);
            case CENTURY -> String.format(Locale.ROOT, "%02d", Math.floorDiv(d.getYear(), 100) + n);
            case MILLENNIUM -> String.valueOf(Math.floorDiv(d.getYear(), 1000) + n);
        };
    }

    /** The value of a period of {@code unit} whose date is unknown: {@code XXXX-WXX}, {@code XXXX-XX}, ... */
    static String unknownPeriod(Unit unit) {
        return switch (unit) {
            case SECOND, MINUTE, HOUR, DAY -> "XXXX-XX-XX";
            case WEEK -> "XXXX-WXX";
            case WEEKEND -> "XXXX-WXX-WE";
            case MONTH -> "XXXX-XX";
            case QUARTER -> "XXXX-QX";
            case HALF -> "XXXX-HX";
            case YEAR -> "XXXX";
            case DECADE -> "XXX";
            case CENTURY -> "XX";
            case MILLENNIUM -> "X";
        };
    }

    /**
     * The date of {@code weekday} nearest {@code base} in {@code direction}: in the past, the latest one on or before
     * it (before it when {@code strict}); in the future, the first one on or after it (after it when {@code strict}).
     */
    static LocalDate weekday(LocalDate base, DayOfWeek weekday, Direction direction, boolean strict) {
        if (direction == Direction.FUTURE) {
            return strict ? base.with(TemporalAdjusters.next(weekday)) : base.with(TemporalAdjusters.nextOrSame(weekday));
        }
        return strict ? base.with(TemporalAdjusters.previous(weekday)) : base.with(TemporalAdjusters.previousOrSame(weekday));
    }

    /**
     * The year of a day or month of the year given without one: the year that puts it nearest the anchor, a day ahead
     * counting twice its distance (news looks back more often than ahead: "the Oct. 23 shooting" in May is last
     * October's, "in March" in November this year's), unless that
     * lies ahead of the anchor where the words look back (then the year before), or behind it where they look ahead
     * (then the year after): for a day, by more than a quarter of a year, as news speaks of the weeks around its date
     * and a day in a clause in the past may still be ahead ("declared a dividend payable Dec. 7"); for a month, by
     * more than half a month.
     */
    static int yearOf(int month, int day, LocalDate anchor, Direction direction) {
        int best = anchor.getYear();
        long bestDistance = Long.MAX_VALUE;
        long bestCost = Long.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            long distance = distance(y, month, day, anchor);
            long cost = distance > 0 ? 2 * distance : -distance;
            if (cost < bestCost) {
                bestCost = cost;
                best = y;
                bestDistance = distance;
            }
        }
        long margin = day > 0 ? 90 : 15;   // a day ahead may be a reported deadline; a month ahead is not a past one
        if (direction == Direction.PAST && bestDistance > margin) {
            return best - 1;
        }
        if (direction == Direction.FUTURE && bestDistance < -margin) {
            return best + 1;
        }
        return best;
    }

    /** Days from the anchor to a day of a year (to the middle of the month when no day is given). */
    private static long distance(int year, int month, int day, LocalDate anchor) {
        int length = Month.of(month).length(isLeap(year));
        LocalDate d = LocalDate.of(year, month, day > 0 ? Math.min(day, length) : Math.min(15, length));
        return d.toEpochDay() - anchor.toEpochDay();
    }

    private static boolean isLeap(int year) {
        return LocalDate.of(year, 1, 1).isLeapYear();
    }

    /** A day of a month that exists in that year ("February 30" is no day), or null. */
    static LocalDate date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The date of a holiday in a year, or null when the name is not one. */
    static LocalDate holiday(String name, int year) {
        return switch (name) {
            case "christmas" -> LocalDate.of(year, 12, 25);
            case "christmas eve" -> LocalDate.of(year, 12, 24);
            case "new year's day" -> LocalDate.of(year, 1, 1);
            case "new year's eve" -> LocalDate.of(year, 12, 31);
            case "halloween" -> LocalDate.of(year, 10, 31);
            case "valentine's day" -> LocalDate.of(year, 2, 14);
            case "independence day" -> LocalDate.of(year, 7, 4);
            case "veterans day" -> LocalDate.of(year, 11, 11);
            case "thanksgiving" -> LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case "labor day" -> LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case "memorial day" -> LocalDate.of(year, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            case "election day" -> LocalDate.of(year, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
            case "easter" -> easter(year);
            case "good friday" -> easter(year).minusDays(2);
            default -> null;
        };
    }

    /** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * A duration of {@code amount} units as TimeML writes it: {@code P3Y}, {@code PT2H}, {@code P2Y6M} for two and a
     * half years, {@code P20Y} for two decades, {@code PXY} when the amount is unknown (negative), {@code PXE}, {@code PXC},
     * {@code PXL} for an unknown number of decades, centuries, millennia.
     */
    static String duration(double amount, Unit unit) {
        if (unit == Unit.DECADE || unit == Unit.CENTURY || unit == Unit.MILLENNIUM) {
            if (amount < 0) {
                return "P" + "X" + unit.letter;
            }
            int years = unit == Unit.DECADE ? 10 : unit == Unit.CENTURY ? 100 : 1000;
            return duration(amount * years, Unit.YEAR);
        }
        if (unit == Unit.WEEKEND) {
            return amount < 0 ? "PXWE" : duration(amount * 2, Unit.DAY);
        }
        String prefix = unit.clock ? "PT" : "P";
        if (amount < 0) {
            return prefix + "X" + unit.letter;
        }
        long whole = (long) Math.floor(amount);
        double rest = amount - whole;
        if (rest < 1e-9) {
            return prefix + whole + unit.letter;
        }
        String head = whole > 0 ? prefix + whole + unit.letter : prefix;
        String tail = switch (unit) {
            case YEAR -> Math.round(rest * 12) + "M";
            case HALF -> Math.round(rest * 6) + "M";
            case QUARTER -> Math.round(rest * 3) + "M";
            case MONTH -> Math.round(rest * 30) + "D";
            case WEEK -> Math.round(rest * 7) + "D";
            case DAY -> (whole > 0 ? "T" : "T") + Math.round(rest * 24) + "H";
            case HOUR -> Math.round(rest * 60) + "M";
            case MINUTE -> Math.round(rest * 60) + "S";
            default -> null;
        };
        if (tail == null) {
            return prefix + amount + unit.letter;
        }
        if (unit == Unit.DAY) {
            return (whole > 0 ? "P" + whole + "D" : "P") + tail;
        }
        if (unit == Unit.HOUR && whole == 0) {
            return "PT" + tail;
        }
        return head + tail;
    }
}
