package org.parallax.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateTextTest {

    private static DateText.Match only(String text) {
        List<DateText.Match> found = DateText.find(text);
        assertThat(found).as("dates in [%s]", text).hasSize(1);
        return found.get(0);
    }

    @Test
    void find_eastAsianDates_withTheirTime() {
        DateText.Match cjk = only("更新 2024年3月14日 14時05分");
        assertThat(cjk.date()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(cjk.time()).isEqualTo(LocalTime.of(14, 5));
        assertThat(only("입력 2024년 3월 4일").date()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(DateText.find("2024年13月40日")).isEmpty();
    }

    @Test
    void find_monthDayYearWithWeekday() {
        DateText.Match m = only("Posted Tuesday, March 21, 2023 by staff");
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 3, 21));
        assertThat(m.weekday()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat("Posted Tuesday, March 21, 2023 by staff".substring(m.start(), m.end()))
                .isEqualTo("Tuesday, March 21, 2023");
    }

    @Test
    void find_monthDayCommaYear_withoutTheSpaceScrapedTextDrops() {
        assertThat(only("THURSDAY, JUNE 30,2005").date()).isEqualTo(LocalDate.of(2005, 6, 30));
        assertThat(only("June 24,2005\nA deputy was killed").date()).isEqualTo(LocalDate.of(2005, 6, 24));
        DateText.Match count = only("On March 5,45 people were hurt.");
        assertThat(count.hasYear()).as("a count after the comma is not a year").isFalse();
        assertThat(count.day()).isEqualTo(5);
    }

    @Test
    void find_monthNameIsAWholeWord() {
        assertThat(DateText.find("the plan lays out 19 separate actions for 2024")).isEmpty();
        assertThat(DateText.find("the 4 Mayors met on 12 Junior Street in 2023")).isEmpty();
        assertThat(only("on 19 Sept. 2024 the council met").date()).isEqualTo(LocalDate.of(2024, 9, 19));
        assertThat(only("on 19 Sep, 2024").date()).isEqualTo(LocalDate.of(2024, 9, 19));
    }

    @Test
    void find_ordinalDayShortMonthTwoDigitYearAndTime() {
        DateText.Match m = only("2nd Feb 24 11:05 pm");
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 2, 2));
        assertThat(m.time()).isEqualTo(LocalTime.of(23, 5));
    }

    @Test
    void find_digitsWithSlashes_putTheMonthFirstWhereAmericansWrite() {
        assertThat(only("Posted: 08/02/2013 11:10 am EDT").date()).isEqualTo(LocalDate.of(2013, 8, 2));
        assertThat(only("8:13 AM PDT 8/2/2013").date()).isEqualTo(LocalDate.of(2013, 8, 2));
        assertThat(only("Updated 9/25/2019").date()).isEqualTo(LocalDate.of(2019, 9, 25));
        assertThat(only("Mis à jour le 08/02/2013 à 11:10").date()).isEqualTo(LocalDate.of(2013, 2, 8));
        assertThat(only("Stand: 08.02.2013, 11:10 Uhr EST").date()).isEqualTo(LocalDate.of(2013, 2, 8));
        assertThat(only("25/09/2019 at 10:00 BST").date()).isEqualTo(LocalDate.of(2019, 9, 25));
        assertThat(only("Updated 4/11/2007 1:26 PM").date()).isEqualTo(LocalDate.of(2007, 4, 11));
        assertThat(only("Posted 11/04/2007 1:26 PM AEST").date()).isEqualTo(LocalDate.of(2007, 4, 11));
        assertThat(only("Last updated 13:26 04/09/2013").date()).isEqualTo(LocalDate.of(2013, 9, 4));
    }

    @Test
    void isTimestamp_linesThatOnlySayWhen() {
        assertThat(DateText.isTimestamp("Originally published 05/03/2013 at 10:20 AM EDT")).isTrue();
        assertThat(DateText.isTimestamp("Updated 5:40 p. m. ET")).isTrue();
        assertThat(DateText.isTimestamp("Story Created: Aug 7,2012 at 9:56 AM AKDT")).isTrue();
        assertThat(DateText.isTimestamp("Last updated at 22:46 GMT")).isTrue();
        assertThat(DateText.isTimestamp("Quake on 12/03/2013 kills five in the hills")).isFalse();
        assertThat(DateText.isTimestamp("Markets close at 4:30 pm as storm nears")).isFalse();
        assertThat(DateText.isTimestamp("Council approves the bridge budget")).isFalse();
    }

    @Test
    void find_digitsWithSlashes_andATwoDigitYear() {
        assertThat(only("12/16/08 1:30 AM EST").date()).isEqualTo(LocalDate.of(2008, 12, 16));
        assertThat(only("Filed 28/11/05").date()).isEqualTo(LocalDate.of(2005, 11, 28));
        assertThat(DateText.find("version 1.2.08 of the tool")).isEmpty();
    }

    @Test
    void find_dateWithoutYear_keepsWeekday() {
        DateText.Match m = only("They met on Friday, June 7, in the capital.");
        assertThat(m.hasYear()).isFalse();
        assertThat(m.month()).isEqualTo(6);
        assertThat(m.day()).isEqualTo(7);
        assertThat(m.weekday()).isEqualTo(DayOfWeek.FRIDAY);
    }

    @Test
    void find_italianAndPortugueseMonths_andTheirDatelines() {
        assertThat(only("Pubblicato il 19 Febbraio 2020").date()).isEqualTo(LocalDate.of(2020, 2, 19));
        assertThat(only("Publicado em 3 de março de 2021").date()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(DateText.isDateLine("Pubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02")).isTrue();
    }

    @Test
    void find_germanAndNumericAndIso() {
        assertThat(only("Stand: 8. Dezember 2012").date()).isEqualTo(LocalDate.of(2012, 12, 8));
        assertThat(only("am 24.12.2019 um 10:00").date()).isEqualTo(LocalDate.of(2019, 12, 24));
        assertThat(only("2021-07-04T09:30:00Z").time()).isEqualTo(LocalTime.of(9, 30));
    }

    @Test
    void find_impossibleDate_isNotADate() {
        assertThat(DateText.find("February 30, 2023")).isEmpty();
    }

    @Test
    void isDateLine_onlyForLinesThatAreDates() {
        assertThat(DateText.isDateLine("Updated: 4 May 2021, 10:15 GMT")).isTrue();
        assertThat(DateText.isDateLine("Friday, November 8, 2024")).isTrue();
        assertThat(DateText.isDateLine("The council met on 4 May 2021 to vote on the budget")).isFalse();
    }
}
