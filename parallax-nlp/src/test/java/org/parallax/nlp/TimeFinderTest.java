package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Evidence;
import org.parallax.model.InferredDate;
import org.parallax.model.PublicationDate;
import org.parallax.model.TimeExpression;
import org.parallax.model.TimeExpression.Anchor;
import org.parallax.model.TimeExpression.Mod;
import org.parallax.model.TimeExpression.Type;

class TimeFinderTest {
    private final TimeFinder finder = new TimeFinder();

    private static Article article(String text, String published) {
        PublicationDate date = published == null ? null
                : new PublicationDate(published, false, new Evidence(0, published.length(), published));
        return new Article("a", "test", null, "", text, date, null, null, null, "en");
    }

    private List<TimeExpression> times(String text, String published) {
        return finder.find(article(text, published));
    }

    /** Each expression as "words=value". */
    private List<String> values(String text, String published) {
        return times(text, published).stream().map(t -> t.span().of(text) + "=" + t.value()).collect(Collectors.toList());
    }

    private TimeExpression only(String text, String published) {
        List<TimeExpression> found = times(text, published);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void find_weekdayInAReportedFuture_isReckonedFromTheReportsDay() {
        // 10 June 2025 is a Tuesday; the Friday before it is 6 June, the Monday after that Friday 9 June
        String text = "The ministry on Friday confirmed that the president will visit Oslo Monday through Wednesday, "
                + "with talks expected on trade.";
        assertThat(values(text, "2025-06-10")).containsExactly("Friday=2025-06-06", "Monday through Wednesday=2025-06-09/2025-06-11");
        assertThat(times(text, "2025-06-10").get(1).anchor()).isEqualTo(Anchor.TEXT);
    }

    @Test
    void find_yearEarlierAfterAQuarterNamedInItsSentence_isThatQuarterAYearBefore() {
        // the report's first quarter is a fiscal first; the second company's third quarter is the one its sentence compares
        String text = "Acme Corp. said its profit rose 20% in the fiscal first quarter. Separately, Beta Inc. reported "
                + "third-quarter profit rose 10% to $5 million from $4 million a year earlier.";
        assertThat(values(text, "1989-10-26")).containsExactly("the fiscal first quarter=1989-Q1", "third-quarter=1989-Q3",
                "a year earlier=1988-Q3");
    }

    @Test
    void find_clockTimeWithADayLaterInItsSentence_isAnHourOfThatDay_notOfTheArticlesDay() {
        // 26 October 1998 is a Monday: the Saturday before it is 24 October
        assertThat(values("The mayor was shot at 10 p.m. as he stood in his garden on Saturday.", "1998-10-26"))
                .containsExactly("10 p.m.=1998-10-24T22:00", "Saturday=1998-10-24");
        assertThat(values("The shop stays open from 9 a.m. to 5 p.m. Saturday.", "1998-10-26"))
                .containsExactly("9 a.m.=1998-10-24T09:00", "5 p.m. Saturday=1998-10-24T17:00");
        // the day of a telling is not the day of what is told
        assertThat(values("The mayor was shot at 10 p.m., police said Sunday.", "1998-10-26"))
                .containsExactly("10 p.m.=1998-10-26T22:00", "Sunday=1998-10-25");
        assertThat(values("At 10 a.m. officials said the vote would be held Friday.", "1998-10-26"))
                .containsExactly("10 a.m.=1998-10-26T10:00", "Friday=1998-10-30");
    }

    @Test
    void find_numberGluedToLettersOfALink_isNoClockTime() {
        assertThat(values("Watch the clip at pic.example.com/Qx4h3Pm and at example.ly/x7pm today.", "2016-09-28"))
                .containsExactly("today=2016-09-28");
        assertThat(values("The polls close at 7pm.", "2016-09-28")).containsExactly("7pm=2016-09-28T19:00");
    }

    @Test
    void find_hourBeforeAPartOfTheDay_isOneExpressionInThatHalfOfTheDay() {
        // 28 September 2016 is a Wednesday: the Tuesday before it is 27 September
        assertThat(values("The plan should be ready by 6 o'clock this afternoon.", "2016-09-28"))
                .containsExactly("6 o'clock this afternoon=2016-09-28T18:00");
        assertThat(values("The council meets at 8 tonight.", "2016-09-28")).containsExactly("8 tonight=2016-09-28T20:00");
        assertThat(values("They met at 7 Tuesday evening.", "2016-09-28")).containsExactly("7 Tuesday evening=2016-09-27T19:00");
        assertThat(values("The vote opened at 6:30 this morning.", "2016-09-28"))
                .containsExactly("6:30 this morning=2016-09-28T06:30");
        assertThat(values("He spoke at 9 p.m. last night.", "2016-09-28")).containsExactly("9 p.m. last night=2016-09-27T21:00");
        assertThat(values("He scored 8 this afternoon.", "2016-09-28")).containsExactly("this afternoon=2016-09-28TAF");
    }

    @Test
    void find_nextDayAfterAMonthOrAYear_isADayOfIt_notItsSecondDay() {
        assertThat(values("The convention opened in July. At a breakfast the following morning, the senator spoke.", "2016-09-26"))
                .containsExactly("July=2016-07", "the following morning=2016-07-XX");
        assertThat(values("The mill shut in 1999. The next day, its workers marched.", "2016-09-26"))
                .containsExactly("1999=1999", "The next day=1999-XX-XX");
        assertThat(values("The mill shut in 1999. The following month, its workers marched.", "2016-09-26"))
                .containsExactly("1999=1999", "The following month=1999-XX");
        assertThat(values("The mill shut on July 3, 1999. The next day, its workers marched.", "2016-09-26"))
                .containsExactly("July 3, 1999=1999-07-03", "The next day=1999-07-04");
    }

    @Test
    void find_relativeDayBesideAWrittenDate_isThatDate() {
        assertThat(values("The storm hit on Sept. 12. Crews met the next day, Sept. 14, to count the damage.", "2012-10-01"))
                .containsExactly("Sept. 12=2012-09-12", "the next day=2012-09-14", "Sept. 14=2012-09-14");
        // "the next day" tells of no time ahead of the article: the date beside it is the one gone by
        assertThat(values("The storm hit in September. Crews met the next day, Sept. 14, the mayor said.", "2013-05-10"))
                .containsExactly("September=2012-09", "the next day=2012-09-14", "Sept. 14=2012-09-14");
        // a weekday beside it is no written date: the day stays reckoned from the text
        assertThat(values("The storm hit on Sept. 12. Crews met the next day, Thursday, to count the damage.", "2012-10-01"))
                .startsWith("Sept. 12=2012-09-12", "the next day=2012-09-13");
    }

    @Test
    void find_weekdayAfterUpcomingAsAnAdjective_takesTheTenseOfItsVerb() {
        // 25 September 2016 is a Sunday
        assertThat(values("The mayor's rival in the upcoming election called Friday for the videos to be released.", "2016-09-25"))
                .containsExactly("Friday=2016-09-23");
        assertThat(values("The rally is upcoming Friday.", "2016-09-25")).containsExactly("Friday=2016-09-30");
    }

    @Test
    void find_threeQuartersOfAThing_isAShare_notATime() {
        assertThat(values("The senator won three quarters of Latino votes and one quarter of the rest.", "2016-09-28")).isEmpty();
        assertThat(values("Three quarters of voters agree.", "2016-09-28")).isEmpty();
        assertThat(values("The economy came through three quarters of contraction.", "2016-09-28"))
                .containsExactly("three quarters=P3Q");
        assertThat(values("Profits fell for three quarters in a row.", "2016-09-28")).containsExactly("three quarters=P3Q");
    }

    @Test
    void find_capitalizedWeeklyBeforeACapitalizedWord_isAName() {
        assertThat(values("The vote settled nothing. Weekly Standard editors called for a new one.", "2016-09-28")).isEmpty();
        assertThat(values("Weekly meetings resumed.", "2016-09-28")).containsExactly("Weekly=P1W");
    }

    @Test
    void find_unitJoinedByHyphensAfterAnAmount_isARate() {
        List<TimeExpression> found = times("It grew into a $400-million-a-year firm paying $12-an-hour wages.", "2016-09-28");
        assertThat(found).extracting(TimeExpression::value).containsExactly("P1Y", "PT1H");
        assertThat(found).extracting(TimeExpression::type).containsOnly(Type.SET);
    }

    @Test
    void find_latestFiscalYear_isTheLastYearEndedBeforeTheArticle() {
        assertThat(values("The brewer had sales of $6 billion in the latest fiscal year.", "1989-10-26"))
                .containsExactly("the latest fiscal year=1988");
        assertThat(values("Sales in the most recent year rose.", "1989-10-26")).containsExactly("the most recent year=1988");
    }

    @Test
    void find_theYearBeforeOfAndAnAmount_isThisYear() {
        assertThat(values("The shares rose to a high for the year of $42.50 on takeover talk.", "1989-10-27"))
                .containsExactly("the year=1989");
        assertThat(values("It was the year of the dragon.", "1989-10-27")).isEmpty();
    }

    @Test
    void find_monthOfAnElection_isTheNearestSuchMonth_whateverTheTense() {
        assertThat(values("The chairman said the party must refocus on the November election.", "2010-07-04"))
                .containsExactly("November=2010-11");
        assertThat(values("The governor said she received a mandate in the November general election.", "2013-01-30"))
                .containsExactly("November=2012-11");
        assertThat(values("Brown lost his seat in November.", "2013-01-30")).containsExactly("November=2012-11");
    }

    @Test
    void find_monthBeforeAnUnplannedDeed_isGoneBy_evenInAClauseOfTheFuture() {
        assertThat(values("The speaker was expected to mention the March incident at the rally.", "2010-07-14"))
                .containsExactly("March=2010-03");
        assertThat(values("The court is expected to issue the March ruling soon.", "2010-01-14")).containsExactly("March=2010-03", "soon=FUTURE_REF");
    }

    @Test
    void find_monthWithNoTenseInItsClause_takesNoTenseFromAQuotation() {
        assertThat(values("As the editor put it in a statement to a colleague in July, the channel is \"a voice you won't hear elsewhere.\"",
                "2016-09-19")).containsExactly("July=2016-07");
        // an apostrophe inside a word is no quotation mark
        assertThat(values("In July, the senator's campaign will open offices.", "2016-09-19")).containsExactly("July=2017-07");
    }

    @Test
    void find_monthOfAnEstimateComparedWith_isGoneBy() {
        assertThat(values("The fund expects output will grow 1.6 percent, less than forecast in July.", "2016-10-05"))
                .containsExactly("July=2016-07");
        assertThat(values("The ruling is expected in July.", "2016-10-05")).containsExactly("July=2017-07");
    }

    @Test
    void find_nextDecadeOrCentury_isTenOrAHundredYears_likeThePastDecade() {
        assertThat(values("The plan included $800 billion in revenue over the next decade.", "2012-12-01"))
                .containsExactly("the next decade=P10Y");
        assertThat(values("Seas will rise over the coming century, as they did over the past century.", "2012-12-01"))
                .containsExactly("the coming century=P100Y", "the past century=P100Y");
        assertThat(values("Prices rose over the past decade.", "2012-12-01")).containsExactly("the past decade=P10Y");
    }

    @Test
    void find_weekdayInTheNameOfANewsShow_isNoDay() {
        assertThat(values("The senator said on \u201cFox News Sunday\u201d that a deal was near.", "2012-12-10")).isEmpty();
        assertThat(values("The network reported the news Sunday.", "2012-12-10")).containsExactly("Sunday=2012-12-09");
    }

    @Test
    void find_theDayBeforeAnEventSetBesideADate_isThatDate() {
        assertThat(values("Shares were sold on March 3, the day before the vote on the merger.", "2001-04-01"))
                .containsExactly("March 3=2001-03-03", "the day=2001-03-03");
        assertThat(values("In 1998, the day before the vote, shares fell.", "2001-04-01")).containsExactly("1998=1998");
        assertThat(values("He left the day before the vote.", "2001-04-01")).isEmpty();
    }

    @Test
    void find_followingAsAPrepositionBeforeAnAmount_staysOutOfIt() {
        assertThat(values("Output rebounded following two quarters of contraction.", "2026-06-05"))
                .containsExactly("two quarters=P2Q");
        assertThat(values("Over the following two years, it grew.", "2026-06-05")).containsExactly("the following two years=P2Y");
    }

    @Test
    void find_dayFromACoarserDate_keepsItsOwnGrainWithTheUnknownFieldsMarked() {
        // TimeML writes a day of a known month as 1998-10-XX: "that same day" after a month is a day, not the month
        assertThat(values("The plant closed in October 1998. Its workers learned of it that same day.", "2000-03-01"))
                .containsExactly("October 1998=1998-10", "that same day=1998-10-XX");
        assertThat(values("The law passed in 1996. It took effect that month.", "2000-03-01"))
                .containsExactly("1996=1996", "that month=1996-XX");
        assertThat(values("The plant closed on October 2, 1998. Its workers learned of it that same day.", "2000-03-01"))
                .containsExactly("October 2, 1998=1998-10-02", "that same day=1998-10-02");
    }

    @Test
    void find_partOfTheDayAfterIn_isOfTheDayNamedNear_andNoNounModifier() {
        // 30 October 1989 is a Monday: the morning is of the Friday the sentence before named
        assertThat(values("Stocks fell sharply Friday. Dealers placed buy orders in the morning, but sold later.", "1989-10-30"))
                .containsExactly("Friday=1989-10-27", "the morning=1989-10-27TMO");
        assertThat(values("The rally ended in the evening when police came.", "1989-10-30")).isEmpty();
        assertThat(values("She read it in the morning paper.", "1989-10-30")).isEmpty();
        assertThat(values("They work in the mornings.", "1989-10-30")).isEmpty();
    }

    @Test
    void find_tomorrowAfterOfAndAPluralNoun_isTheAgeToCome_notTheNextDay() {
        assertThat(values("We must train the leaders of tomorrow, she said.", "2000-03-01")).isEmpty();
        assertThat(values("He would not have picked the people of tomorrow.", "2000-03-01")).isEmpty();
        assertThat(values("The rules apply as of tomorrow.", "2000-03-01")).containsExactly("tomorrow=2000-03-02");
        assertThat(values("They await the results of tomorrow's vote.", "2000-03-01")).containsExactly("tomorrow=2000-03-02");
        assertThat(values("Polls close at the end of tomorrow.", "2000-03-01")).containsExactly("the end of tomorrow=2000-03-02");
    }

    @Test
    void find_anIndefiniteQuarter_isNoQuarterInParticular() {
        String text = "The company reported a third-quarter loss. Taxes are minimal in a quarter that produced such a loss.";
        assertThat(values(text, "1989-11-01")).containsExactly("third-quarter=1989-Q3");
        assertThat(values("Sales rose in the quarter.", "1989-11-01")).containsExactly("the quarter=1989-Q3");
    }

    @Test
    void find_weekdayBeforeAnotherWithAPluralPartOfDay_isAHabitToo() {
        assertThat(values("Flights will leave on Monday and Tuesday nights.", "1998-02-13"))
                .containsExactly("Monday=XXXX-WXX-1TNI", "Tuesday nights=XXXX-WXX-2TNI");
        assertThat(values("Talks were held on Monday and Tuesday.", "1998-02-13"))
                .containsExactly("Monday=1998-02-09", "Tuesday=1998-02-10");
    }

    @Test
    void find_todayAsTheNameOfAShow_isNoDay_whileTodayInATitleCaseHeadlineIs() {
        assertThat(values("In an interview shown Thursday on the “Today” show, the mayor spoke.", "2025-06-12"))
                .containsExactly("Thursday=2025-06-12");
        assertThat(values("She told USA Today that the plan works.", "2025-06-12")).isEmpty();
        assertThat(values("Mayor Opens New Bridge Today\n\nThe bridge opens.", "2025-06-12"))
                .containsExactly("Today=2025-06-12");
        assertThat(values("Today the bridge opens.", "2025-06-12")).containsExactly("Today=2025-06-12");
    }

    @Test
    void find_monthOrSeasonOfAYearNamedFromToday_isOneExpression() {
        assertThat(values("The works run until June of next year.", "2020-03-11")).containsExactly("June of next year=2021-06");
        assertThat(values("The bridge opened in the autumn of last year.", "2020-03-11"))
                .containsExactly("the autumn of last year=2019-FA");
        assertThat(values("Analysts say prices will fall next year.", "2020-03-11"))
                .as("a verb is no season").containsExactly("next year=2021");
    }

    @Test
    void find_clockTimeBeforeAnAsideAndItsDay_takesThatDay() {
        // 11 March 2020 is a Wednesday
        assertThat(values("The quake struck at 10:35 a.m. local time (0235 GMT) on Saturday, officials said.", "2020-03-11"))
                .containsExactly("10:35 a.m. local time=2020-03-07T10:35", "0235 GMT=2020-03-07T02:35", "Saturday=2020-03-07");
    }

    @Test
    void find_tenseOfAClause_isReadPastAPlaceSetOffByCommas() {
        assertThat(values("In January, a fire in Springfield, Ill., destroyed a warehouse.", "2020-10-25"))
                .containsExactly("January=2020-01");
        assertThat(values("In January, a fire in Springfield, Illinois, destroyed a warehouse.", "2020-10-25"))
                .containsExactly("January=2020-01");
    }

    @Test
    void find_dayBeforeOrAfterANamedDay_isThatDayMovedByOne() {
        // 11 March 2020 is a Wednesday
        assertThat(values("The day before last Tuesday's hearing, the lawyers met.", "2020-03-11"))
                .containsExactly("The day before last Tuesday=2020-03-09");
        assertThat(values("The talks resumed the day after March 3.", "2020-03-11"))
                .containsExactly("the day after March 3=2020-03-04");
    }

    @Test
    void find_amountBeforeItsNoun_leavesTheNounsArticleOut() {
        assertThat(values("The two-week strike ended, and the 30-year bond fell.", "2020-03-11"))
                .containsExactly("two-week=P2W", "30-year=P30Y");
        assertThat(values("Over the past two weeks prices rose.", "2020-03-11"))
                .as("an amount that is its own phrase keeps its article").containsExactly("the past two weeks=P2W");
    }

    @Test
    void find_weekdayNamedFromTodayThenItsDate_isOneExpressionOfThatDate() {
        // 11 March 2020 is a Wednesday
        assertThat(values("The march is this coming Sunday, March 15, organizers said.", "2020-03-11"))
                .containsExactly("this coming Sunday, March 15=2020-03-15");
        assertThat(values("The vote is next Monday, in the capital.", "2020-03-11")).containsExactly("next Monday=2020-03-16");
    }

    @Test
    void find_unitAfterACountedPlural_isARate() {
        TimeExpression rate = times("The plant turns out 300 cars a week.", "2020-03-11").get(0);
        assertThat(rate.type()).isEqualTo(Type.SET);
        assertThat(rate.value()).isEqualTo("P1W");
        TimeExpression span = only("The talks lasted a week.", "2020-03-11");
        assertThat(span.type()).isEqualTo(Type.DURATION);
    }

    @Test
    void find_hundredsOfAYearAndHalvesAfterAHyphen() {
        assertThat(values("Mills were built here in the 1800s, and in the 1990s they closed.", "2020-03-11"))
                .containsExactly("the 1800s=18", "the 1990s=199");
        assertThat(values("The bonds mature in 6-1/2 years.", "2020-03-11")).containsExactly("6-1/2 years=P6Y6M");
    }

    @Test
    void find_weekdayAfterAVerbOfAPlanInThePresent_isAhead() {
        // 11 March 2020 is a Wednesday
        assertThat(values("The two ministers meet separately Thursday with the envoy.", "2020-03-11"))
                .containsExactly("Thursday=2020-03-12");
        assertThat(values("The committee reconvenes Friday in the capital.", "2020-03-11")).containsExactly("Friday=2020-03-13");
        assertThat(values("Voters go to the polls Sunday.", "2020-03-11")).containsExactly("Sunday=2020-03-15");
        assertThat(values("Officials counted 9,000 votes Sunday.", "2020-03-11"))
                .as("a counted noun is no verb").containsExactly("Sunday=2020-03-08");
        assertThat(values("Their visit Monday was short.", "2020-03-11"))
                .as("a noun is no verb in the present").containsExactly("Monday=2020-03-09");
        assertThat(values("The firm refused to meet Monday with the union.", "2020-03-11"))
                .as("an infinitive takes the tense of its verb").containsExactly("Monday=2020-03-09");
    }

    @Test
    void find_weekdayOfADeadline_takesTheTenseOfItsSentenceElseLiesAhead() {
        // 11 March 2020 is a Wednesday
        assertThat(values("The bank completed its offer, with holders tendering most shares by the Tuesday deadline.", "2020-03-11"))
                .containsExactly("Tuesday=2020-03-10");
        assertThat(values("Holders will have to tender their shares by the Friday deadline.", "2020-03-11"))
                .containsExactly("Friday=2020-03-13");
        assertThat(values("The union must respond before Friday's deadline.", "2020-03-11"))
                .as("a deadline in a sentence of no tense lies ahead").containsExactly("Friday=2020-03-13");
        assertThat(values("The company missed a Monday deadline to file its report.", "2020-03-11"))
                .containsExactly("Monday=2020-03-09");
    }

    @Test
    void find_tenseOfAMonthOrWeekday_readsPastParticiplesAndPlansOfThePastPerfect() {
        // 13 February 2026 is a Friday
        assertThat(values("The airline will almost double its flights between the two cities by August in a search for"
                + " markets untouched by the downturn.", "2026-02-13"))
                .as("a participle before 'by' is no verb in the past").containsExactly("August=2026-08");
        assertThat(values("The offer, which the board rejected, had been scheduled to expire Tuesday.", "2026-02-13"))
                .as("a plan told in the past perfect lies in the past").containsExactly("Tuesday=2026-02-10");
        assertThat(values("The offer is scheduled to expire Tuesday.", "2026-02-13")).containsExactly("Tuesday=2026-02-17");
        assertThat(values("The colonel will be named commander of the station's crew for a long mission in December.",
                "2026-03-04")).as("a month whose clause says nothing takes the tense of its sentence")
                .containsExactly("December=2026-12");
        assertThat(values("The owners could not be reached Wednesday.", "2026-02-13"))
                .as("'could not' is a past it failed in").containsExactly("Wednesday=2026-02-11");
        assertThat(values("The owners could be reached Wednesday.", "2026-02-13")).containsExactly("Wednesday=2026-02-18");
        assertThat(values("The owners said they would appeal Wednesday's ruling.", "2026-02-13"))
                .as("a weekday's deed done is past whatever the clause's tense").containsExactly("Wednesday=2026-02-11");
        assertThat(values("The owners said they would attend Wednesday's hearing.", "2026-02-13"))
                .containsExactly("Wednesday=2026-02-18");
        assertThat(values("On Tuesday, the Harbour and River Trust plans to open the bridge.", "2026-02-13"))
                .as("'and' inside a name ends no clause").containsExactly("Tuesday=2026-02-17");
        assertThat(values("The colonel was named commander of the station's crew for a long mission in December.",
                "2026-03-04")).containsExactly("December=2025-12");
    }

    @Test
    void find_partsOfDaysWeeksOfDaysAndHalvesByQuarters() {
        // 1 March 2000 is a Wednesday
        assertThat(values("Shares were up in mid-afternoon yesterday.", "2000-03-01"))
                .containsExactly("mid-afternoon yesterday=2000-02-29TAF");
        assertThat(values("By mid afternoon the talks had ended.", "2000-03-01")).containsExactly("mid afternoon=2000-03-01TAF");
        assertThat(values("It rained in the morning.", "2000-03-01")).as("a part of a day alone names no day").isEmpty();
        assertThat(values("The case may be heard the week of March 6.", "2000-03-01"))
                .containsExactly("the week of March 6=2000-W10");
        assertThat(values("Losses will go on through the first two quarters of 1990.", "1989-10-26"))
                .containsExactly("the first two quarters of 1990=1990-H1");
        assertThat(values("Rallies are for today's youth, said the editor of today's edition.", "2000-03-01"))
                .as("'today's youth' is the present age, not a day").containsExactly("today=2000-03-01");
    }

    @Test
    void dateFromWords_aDatelineOutranksTheLatestDayNamed() {
        String text = "VELL, March 12, 2024 (Harbour Wire) -- The ministers met on Tuesday after talks that began on"
                + " March 15, 2023.";
        Article a = article(text, null);
        InferredDate d = TimeFinder.dateFromWords(a, finder.find(a));
        assertThat(d.basis()).isEqualTo(InferredDate.Basis.DATELINE);
        assertThat(d.day()).isEqualTo("2024-03-12");
        assertThat(d.span().of(text)).isEqualTo("March 12, 2024");
        assertThat(d.source()).isNull();
        // its relative days reckoned from that day, marked as reckoned from its own words: 12 March 2024 is a Tuesday
        assertThat(finder.find(a, d)).filteredOn(t -> t.span().of(text).equals("Tuesday")).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo("2024-03-12"))
                .satisfies(t -> assertThat(t.anchor()).isEqualTo(Anchor.TEXT));
    }

    @Test
    void dateFromWords_elseTheLatestDayWithItsYearAndWeekday_elseNone() {
        String text = "The ministers met on Tuesday. The harbour, opened on Friday, June 1, 1990, closed on Tuesday,"
                + " 4 May 2021 and reopened in 2023; its new quay is due on 3 June 2031.";
        Article a = article(text, null);
        InferredDate d = TimeFinder.dateFromWords(a, finder.find(a));
        assertThat(d.basis()).as("a day in a sentence, not heading the text").isEqualTo(InferredDate.Basis.TEXT);
        assertThat(d.day()).as("the latest day named with its weekday; a year alone names no day").isEqualTo("2021-05-04");
        assertThat(d.span().of(text)).isEqualTo("Tuesday, 4 May 2021");
        Article none = article("The ministers met on Tuesday and will meet again in May.", null);
        assertThat(TimeFinder.dateFromWords(none, finder.find(none))).as("no day with its year").isNull();
        Article background = article("The harbour, opened on June 1, 1990, closed on 4 May 2021.", null);
        assertThat(TimeFinder.dateFromWords(background, finder.find(background)))
                .as("days named by date alone may lie years back or ahead").isNull();
    }

    @Test
    void inferDate_datelineThenStoryThenWords_elseNone() {
        TimeFinder.StoryDay story = new TimeFinder.StoryDay(LocalDate.parse("2025-03-05"), "first", "Talks end");
        String headed = "VELL, March 12, 2024 (Harbour Wire) -- The ministers met on Tuesday.";
        Article dateline = article(headed, null);
        assertThat(TimeFinder.inferDate(dateline, finder.find(dateline), story).basis())
                .as("a dateline outranks the story").isEqualTo(InferredDate.Basis.DATELINE);

        Article named = article("The harbour closed on Tuesday, 4 May 2021 and the ministers met on Tuesday.", null);
        InferredDate byStory = TimeFinder.inferDate(named, finder.find(named), story);
        assertThat(byStory.basis()).as("the story outranks a day named in a sentence").isEqualTo(InferredDate.Basis.STORY);
        assertThat(byStory.day()).isEqualTo("2025-03-05");
        assertThat(byStory.source()).isEqualTo("first");
        assertThat(byStory.evidence()).isEqualTo("Talks end");
        assertThat(byStory.span()).isNull();

        InferredDate byWords = TimeFinder.inferDate(named, finder.find(named), null);
        assertThat(byWords.basis()).as("with no story day").isEqualTo(InferredDate.Basis.TEXT);
        assertThat(byWords.day()).isEqualTo("2021-05-04");

        Article none = article("The ministers met on Tuesday.", null);
        assertThat(TimeFinder.inferDate(none, finder.find(none), null)).isNull();
    }

    @Test
    void find_dayWithoutYear_looksBackFurtherThanAhead() {
        // in May, an October day with no tense is last October's (five months back is nearer than ten weeks ahead
        // counted twice); a day a few weeks ahead stays this year's
        assertThat(values("Police have searched for him since the Oct. 23 shooting.", "1999-05-06"))
                .containsExactly("Oct. 23=1998-10-23");
        assertThat(values("Results are due on June 20.", "1999-05-06")).containsExactly("June 20=1999-06-20");
        assertThat(values("The shares rose to a high in June from a low in March.", "1989-11-02"))
                .containsExactly("June=1989-06", "March=1989-03");
    }

    @Test
    void find_weekdayAfterAsEarlyAs_isAhead() {
        // 3 April 2000 is a Monday
        assertThat(values("His father, who could travel here from abroad as early as Tuesday, wrote to them.", "2000-04-03"))
                .containsExactly("Tuesday=2000-04-04");
    }

    @Test
    void find_weekdays_pastByDefaultFutureWhenTheClauseSaysSo() {
        // 11 June 2025 is a Wednesday
        assertThat(values("On Tuesday the council said it was open to talks.", "2025-06-11"))
                .containsExactly("Tuesday=2025-06-10");
        assertThat(values("The council said it met on Wednesday.", "2025-06-11")).containsExactly("Wednesday=2025-06-11");
        assertThat(values("The council will meet on Friday.", "2025-06-11")).containsExactly("Friday=2025-06-13");
        assertThat(values("The vote was held last Monday and the next vote is next Monday.", "2025-06-11"))
                .containsExactly("last Monday=2025-06-09", "next Monday=2025-06-16");
    }

    @Test
    void find_periodsNamedFromTheArticlesDate() {
        String text = "Last month the ministry released a plan. Again last week it abstained, and this year it will vote. "
                + "It expects growth next year.";
        assertThat(values(text, "2025-03-05T10:00"))
                .containsExactly("Last month=2025-02", "last week=2025-W09", "this year=2025", "next year=2026");
        assertThat(times(text, "2025-03-05T10:00")).allMatch(t -> t.anchor() == Anchor.ARTICLE && t.type() == Type.DATE);
    }

    @Test
    void find_calendarDates_absoluteOrWithTheYearOfTheArticle() {
        assertThat(values("On 30 September 2021 the city voted, as it did in February 2020 and in 1994.", "2025-03-05"))
                .containsExactly("30 September 2021=2021-09-30", "February 2020=2020-02", "1994=1994");
        assertThat(only("The two leaders met Thursday, May 15, in the capital.", "2025-05-15").value()).isEqualTo("2025-05-15");
        assertThat(only("The two leaders met Thursday, May 15, in the capital.", "2025-05-15").span().of(
                "The two leaders met Thursday, May 15, in the capital.")).isEqualTo("Thursday, May 15");
        assertThat(only("The dividend is payable Dec. 7 to holders of record.", "2025-10-27").value()).isEqualTo("2025-12-07");
        assertThat(only("The plant closed in October.", "2026-01-20").value()).isEqualTo("2025-10");
    }

    @Test
    void find_amountsAndPointsReckonedWithThem() {
        TimeExpression ago = only("The city was taken two years ago.", "2025-06-11");
        assertThat(ago.value()).isEqualTo("2023");
        TimeExpression more = only("The city was taken more than two years ago.", "2025-06-11");
        assertThat(more.value()).isEqualTo("2023");
        assertThat(more.mod()).isEqualTo(Mod.BEFORE);
        assertThat(values("The war has lasted three years; the talks took 2 hours, and over the past two weeks little moved.",
                "2025-06-11")).containsExactly("three years=P3Y", "2 hours=PT2H", "the past two weeks=P2W");
        assertThat(only("It signed a two-year contract.", "2025-06-11").value()).isEqualTo("P2Y");
        assertThat(only("The ban lasted for years.", "2025-06-11").value()).isEqualTo("PXY");
    }

    @Test
    void find_ages_areNoTimes() {
        assertThat(times("A 44-year-old man and his 6-year-old son, who is 6 years old, were found.", "2025-06-11")).isEmpty();
    }

    @Test
    void find_setsTimesOfDayAndVagueReferences() {
        assertThat(values("The market opens every Monday and prices are set daily.", "2025-06-11"))
                .containsExactly("every Monday=XXXX-WXX-1", "daily=P1D");
        assertThat(times("The market opens every Monday.", "2025-06-11").get(0).type()).isEqualTo(Type.SET);
        assertThat(values("He spoke at 10:30 a.m. Tuesday and again on Tuesday afternoon.", "2025-06-11"))
                .containsExactly("10:30 a.m. Tuesday=2025-06-10T10:30", "Tuesday afternoon=2025-06-10TAF");
        assertThat(values("Prices rose recently, are high now and may fall in the future.", "2025-06-11"))
                .containsExactly("recently=PAST_REF", "now=PRESENT_REF", "the future=FUTURE_REF");
    }

    @Test
    void find_seasonsQuartersDecadesAndCenturies() {
        assertThat(values("Sales fell last fall and in the third quarter, as in the 1990s and the 20th century.", "2025-11-03"))
                .containsExactly("last fall=2024-FA", "the third quarter=2025-Q3", "the 1990s=199", "the 20th century=19");
        assertThat(values("Profit rose in the quarter from a year earlier.", "2025-11-03"))
                .containsExactly("the quarter=2025-Q3", "a year earlier=2024-Q3");
    }

    @Test
    void find_aHalfOfADecade_takesTheDecadesValue() {
        assertThat(values("Exports stalled in the last half of the '70s and grew in the first half of the 1990s.",
                "2025-11-03")).containsExactly("the last half of the '70s=197", "the first half of the 1990s=199");
    }

    @Test
    void find_theQuarterEndedOnADay_isTheCalendarQuarterThatHoldsMostOfIt() {
        assertThat(values("For the quarter ended July 31, the retailer earned $2 million.", "2025-09-10"))
                .containsExactly("the quarter=2025-Q2", "July 31=2025-07-31");
        assertThat(values("In the quarter ending Dec. 31, 2023, sales fell.", "2025-09-10"))
                .containsExactly("the quarter=2023-Q4", "Dec. 31, 2023=2023-12-31");
    }

    @Test
    void find_soonInAClauseOfTheFuture_isATimeToCome() {
        assertThat(values("The ferry company will soon raise its fares.", "2025-09-10")).containsExactly("soon=FUTURE_REF");
        assertThat(values("The port authority may soon close the north pier, officials said.", "2025-09-10"))
                .containsExactly("soon=FUTURE_REF");
        assertThat(values("The strike soon ended.", "2025-09-10")).isEmpty();
        assertThat(values("The ferry will leave as soon as the storm passes.", "2025-09-10")).isEmpty();
        assertThat(values("Soon after the vote, the mayor will resign.", "2025-09-10")).isEmpty();
    }

    @Test
    void find_oneDayAfterAModal_isATimeToCome() {
        assertThat(values("The island will one day be a bridge between the two coasts.", "2025-09-10"))
                .containsExactly("one day=FUTURE_REF");
        assertThat(values("The ferry was closed for one day.", "2025-09-10")).containsExactly("one day=P1D");
    }

    @Test
    void find_sinceYearEnd_isTheEndOfTheYearGoneBy() {
        assertThat(values("The index has fallen 4% since year-end.", "2025-09-10")).containsExactly("year-end=2024");
        assertThat(values("The sale should close by year-end.", "2025-09-10")).containsExactly("year-end=2025");
    }

    @Test
    void find_timesNamedFromTheTextsLastDate() {
        assertThat(values("The rebels entered the town on March 3, 2021. The next day they left, and that year the war ended.",
                "2025-06-11")).containsExactly("March 3, 2021=2021-03-03", "The next day=2021-03-04", "that year=2021");
    }

    @Test
    void find_undatedArticle_keepsRelativeValuesUnresolved() {
        List<TimeExpression> found = times("The leaders issued a statement on Wednesday. Last month they met in 2019 too.", null);
        assertThat(found).extracting(TimeExpression::value).containsExactly("XXXX-WXX-3", "XXXX-XX", "2019");
        assertThat(found).extracting(TimeExpression::anchor).containsExactly(Anchor.UNRESOLVED, Anchor.UNRESOLVED, Anchor.NONE);
    }

    @Test
    void find_withTheDateOfTheStory_reckonsFromIt() {
        TimeExpression t = finder.find(article("The leaders issued a statement on Wednesday.", null), LocalDate.of(2025, 6, 11))
                .get(0);
        assertThat(t.value()).isEqualTo("2025-06-11");
        assertThat(t.anchor()).isEqualTo(Anchor.STORY);
    }

    @Test
    void find_wordsThatLookLikeTimes_areNot() {
        assertThat(times("They may march in protest, and the fall of the city is near. A second group said $1990 was paid "
                + "by 2000 people.", "2025-06-11")).isEmpty();
        assertThat(times("", "2025-06-11")).isEmpty();
        assertThat(times("May may May 12345 :: 10: 99:99 Sunday's", "2025-06-11")).hasSize(1);
    }

    @Test
    void find_spansLieInsideTheTextAndFollowIt() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append("On Tuesday, three days after the vote of March 3, prices rose 5% a year.\n");
        }
        List<TimeExpression> found = times(text.toString(), "2025-06-11");
        assertThat(found).hasSize(2000 * 4);
        int last = -1;
        for (TimeExpression t : found) {
            assertThat(t.span().start()).isGreaterThanOrEqualTo(last);
            assertThat(t.span().end()).isLessThanOrEqualTo(text.length());
            last = t.span().end();
        }
        assertThat(times(text.toString(), "2025-06-11")).isEqualTo(found);
    }

    @Test
    void find_aWordInEdAfterADeterminer_isAnAdjectiveNotThePast() {
        // "would" makes the clause speak of the future; "unspecified" after "a still" is no verb in the past
        assertThat(values("The split would be paid on a still unspecified date in January to holders.", "2024-10-26"))
                .containsExactly("January=2025-01");
        assertThat(values("The split was paid on a date in January to holders.", "2024-10-26"))
                .containsExactly("January=2024-01");
    }

    @Test
    void find_aReportsQuarter_isTheFirstRecentQuarterItNames() {
        String text = "The company stopped paying a dividend in the third quarter of 2014. It posted third-quarter net "
                + "of $9 million. After a flat second quarter, sales rose. Net was up from $7 million a year ago.";
        assertThat(values(text, "2024-11-01")).containsExactly("the third quarter of 2014=2014-Q3",
                "third-quarter=2024-Q3", "second quarter=2024-Q2", "a year ago=2023-Q3");
        String ahead = "Its third-quarter net rose. It expects a fourth-quarter charge. Sales fell from a year ago.";
        assertThat(values(ahead, "2024-11-01")).containsExactly("third-quarter=2024-Q3", "fourth-quarter=2024-Q4",
                "a year ago=2023-Q3");
    }

    @Test
    void find_lastYearThatAQuartersAmountIsComparedWith_isThatQuarterAYearBefore() {
        assertThat(values("Net rose to $5 million in the third quarter, compared with $3 million last year.", "2025-10-20"))
                .containsExactly("the third quarter=2025-Q3", "last year=2024-Q3");
        assertThat(values("Sales in the third quarter rose 13% from last year's $1.5 billion.", "2025-10-20"))
                .containsExactly("the third quarter=2025-Q3", "last year=2024-Q3");
        assertThat(values("The harbour board spent $3 million last year.", "2025-10-20")).containsExactly("last year=2024");
        assertThat(values("Third-quarter net rose. The brewer last year sold 40% of the beer in the region.", "2025-10-20"))
                .containsExactly("Third-quarter=2025-Q3", "last year=2024");
    }

    @Test
    void find_theLatestQuarter_isTheQuarterTheReportNames_elseTheLastOneEnded() {
        assertThat(values("The brewer reported fourth-quarter net of $5 million. Sales in the latest period rose 13%.",
                "2025-11-02")).containsExactly("fourth-quarter=2025-Q4", "the latest period=2025-Q4");
        assertThat(values("Sales in the latest quarter rose 13%.", "2025-11-02")).containsExactly("the latest quarter=2025-Q3");
    }

    @Test
    void find_aYearAgoInATextThatNamesNoQuarter_isTheYearBefore() {
        assertThat(values("Home prices fell 3% from a year earlier, the agency said.", "2024-10-16"))
                .containsExactly("a year earlier=2023");
        assertThat(values("The harbour handled more ships than a year ago.", "2024-10-16")).containsExactly("a year ago=2023");
    }

    @Test
    void find_aYearBeforeBesideNineMonths_isTheYearBefore() {
        String text = "Third-quarter net rose 5%. For the nine months, net was $2 billion, up from $1.7 billion a year "
                + "earlier.";
        assertThat(values(text, "2024-10-26")).containsExactly("Third-quarter=2024-Q3", "the nine months=P9M",
                "a year earlier=2023");
    }

    @Test
    void find_lastMonthAndDay_isThatDayBeforeTheArticlesDate() {
        assertThat(values("He was shot to death last Oct. 23 at his home.", "2024-04-19"))
                .containsExactly("last Oct. 23=2023-10-23");
        assertThat(values("The law takes effect next March 3.", "2024-04-19"))
                .containsExactly("next March 3=2025-03-03");
    }

    @Test
    void find_aHolidayWeek_isTheWeekThatHoldsTheHoliday() {
        // Easter 2025 is 20 April, in ISO week 16; a clause in the past tells of the days just before it
        assertThat(values("Protesters prayed as Easter week began.", "2025-04-14")).containsExactly("Easter week=2025-W16");
        assertThat(values("Protesters prayed at Easter.", "2025-06-14")).containsExactly("Easter=2025-04-20");
    }

    @Test
    void find_weekdayAfterAPlanInThePresent_isTheDayToCome() {
        // 7 January 2024 is a Sunday
        assertThat(values("Another batch is expected on Monday.", "2024-01-07")).containsExactly("Monday=2024-01-08");
        assertThat(values("The report is due Friday.", "2024-01-07")).containsExactly("Friday=2024-01-12");
        assertThat(values("The president is heading to Ohio on Friday.", "2024-01-07")).containsExactly("Friday=2024-01-12");
        assertThat(values("The president was heading to Ohio on Friday.", "2024-01-07")).containsExactly("Friday=2024-01-05");
    }

    @Test
    void find_dayOfAMonthOfLastYear_isThatDayInTheYearBefore() {
        assertThat(values("We started this journey on June 16th of last year.", "2016-07-29"))
                .containsExactly("June 16th of last year=2015-06-16");
        assertThat(values("The plant closed on 16 June last year.", "2016-07-29")).containsExactly("16 June last year=2015-06-16");
    }

    @Test
    void find_anAmountLater_goesOnFromTheLastDateTheTextNamed() {
        String text = "He took power in 1970. Schools were built. Roads were paved. Fifty-five years later, the country is rich.";
        assertThat(values(text, "2025-10-21")).containsExactly("1970=1970", "Fifty-five years later=2025");
        assertThat(values("In the early 2010s, the army was cut. Seven years later, the draft came back.", "2024-11-18"))
                .containsExactly("the early 2010s=201", "Seven years later=2017");
        String ahead = "He fled in 1999. Judges met. Lawyers spoke. If no appeal is filed, he would be free seven days later.";
        assertThat(values(ahead, "2000-06-01")).containsExactly("1999=1999", "seven days later=2000-06-08");
    }

    @Test
    void find_weekdayAfterA_isAnySuchDay() {
        assertThat(values("Always try to book on a Tuesday, Wednesday or Sunday.", "2024-04-23"))
                .containsExactly("Tuesday=XXXX-WXX-2", "Wednesday=XXXX-WXX-3", "Sunday=XXXX-WXX-7");
        assertThat(values("The shop opened on Tuesday.", "2024-04-24")).containsExactly("Tuesday=2024-04-23");
    }

    @Test
    void find_weekdayBeforeAheadOf_takesTheTenseOfItsOwnClause() {
        // 13 October 2024 is a Sunday: the debate was the day before, the election is to come
        assertThat(values("Party leaders met for the debate on Saturday ahead of the Oct. 27 election.", "2024-10-13"))
                .containsExactly("Saturday=2024-10-12", "Oct. 27=2024-10-27");
        assertThat(values("Party leaders gathered in advance of Friday's vote.", "2024-10-13")).containsExactly("Friday=2024-10-18");
    }

    @Test
    void find_dayAfterSinceOrBeforeADeedDone_isOneGoneBy() {
        assertThat(values("He has not been seen in public since Oct. 7.", "2024-08-08")).containsExactly("Oct. 7=2023-10-07");
        assertThat(values("He was the mastermind behind the devastating Oct. 7 attack.", "2024-08-08")).containsExactly("Oct. 7=2023-10-07");
        assertThat(values("The vote is on Oct. 7.", "2024-08-08")).containsExactly("Oct. 7=2024-10-07");
        assertThat(values("The March 3 ruling will matter.", "2024-02-20")).containsExactly("March 3=2024-03-03");
    }

    @Test
    void find_rangeOfTwoDays_endsNoEarlierThanItBegins() {
        assertThat(values("The report will count the shootings between January 1 and September 18.", "2026-09-27"))
                .containsExactly("January 1=2026-01-01", "September 18=2026-09-18");
        assertThat(values("The show ran from December 1 to January 15.", "2026-01-20"))
                .containsExactly("December 1=2025-12-01", "January 15=2026-01-15");
    }

    @Test
    void find_todayInCapitalsAfterAWordInCapitals_isAName() {
        assertThat(values("A USA TODAY analysis shows it. USA TODAY's tally grew.", "2015-01-01")).isEmpty();
        assertThat(values("MAYOR OPENS BRIDGE TODAY\n\nThe bridge opens.", "2015-01-01")).containsExactly("TODAY=2015-01-01");
    }

    @Test
    void find_aPlanAsAnAdjective_leavesTheTenseToTheVerb() {
        // 21 August 2012 is a Tuesday
        assertThat(values("Akin canceled a scheduled television interview Monday night.", "2012-08-21"))
                .containsExactly("Monday night=2012-08-20TNI");
        assertThat(values("The scheduled vote Thursday will decide it.", "2012-08-21")).containsExactly("Thursday=2012-08-23");
    }

    @Test
    void find_holidayBeforeAWordOfAName_isNoTime() {
        assertThat(values("We did the Good Friday Agreement and studied Easter Island.", "2024-10-24")).isEmpty();
        assertThat(values("Shops close on Good Friday.", "2024-10-24")).containsExactly("Good Friday=2025-04-18");
    }

    @Test
    void find_theNextWeekToldInThePast_isTheWeekAfterTheTextsLastDate() {
        // 3 June 2016 is in ISO week 22
        assertThat(values("The team left on June 3. It returned the next week to find the site empty.", "2016-07-29"))
                .containsExactly("June 3=2016-06-03", "the next week=2016-W23");
        assertThat(values("The team will return the next week.", "2016-07-29")).containsExactly("the next week=2016-W31");
        assertThat(values("Winds forced them to scrap the launch. The next week, in tests, the team found a fault.", "2025-10-21"))
                .containsExactly("The next week=XXXX-WXX");
    }

    @Test
    void find_clockTimeOnALineOfItsOwn_isAnHourOfTheReportsDay() {
        // 29 July 2016 is a Friday: the live report's entry at 3:25 p.m. is of that day, not of the Monday before it
        String text = "Trump attacked her after Monday's debate.\n\n3:25 p.m.\n\nTrump is defending his tweets.";
        assertThat(values(text, "2016-07-29")).containsExactly("Monday=2016-07-25", "3:25 p.m.=2016-07-29T15:25");
        assertThat(values("Trump spoke on Monday. He left at 3:25 p.m.", "2016-07-29"))
                .containsExactly("Monday=2016-07-25", "3:25 p.m.=2016-07-25T15:25");
    }

    @Test
    void find_midnightCapitalizedBeforeAWordOfAName_isNoTime() {
        assertThat(values("Super Six and Midnight Magic were dance troupes.", "2024-08-28")).isEmpty();
        assertThat(values("The city lifted a midnight curfew.", "2024-08-28")).containsExactly("midnight=2024-08-28T24:00");
    }

    @Test
    void find_hoursOfA24HourClockAfterAt_areATimeOfDay_whileAnAmountOfHoursStaysOne() {
        assertThat(values("Bars may open at 16hrs and close at 10pm, and few women walked beyond 18hrs.", "2019-04-24"))
                .containsExactly("16hrs=2019-04-24T16:00", "10pm=2019-04-24T22:00", "18hrs=2019-04-24T18:00");
        assertThat(values("The talks lasted 16hrs and ended at 10pm.", "2019-04-24"))
                .containsExactly("16hrs=PT16H", "10pm=2019-04-24T22:00");
    }

    @Test
    void find_weekdayInBracketsWithAZone_isTheDayJustNamedToldInThatZone() {
        // 30 June 2026 is a Tuesday: the Wednesday in another zone is the next day, not the Wednesday before
        assertThat(values("The court ruled on Tuesday (early Wednesday AEST), citing the amendment.", "2026-06-30"))
                .containsExactly("Tuesday=2026-06-30", "Wednesday=2026-07-01");
        assertThat(values("The markets closed on Friday (Thursday EST) after the storm.", "2026-07-04"))
                .containsExactly("Friday=2026-07-03", "Thursday=2026-07-02");
    }

    @Test
    void find_dayHeadingALine_takesTheTenseOfItsEntry_elseOfTheCalendarItStandsIn() {
        // 28 August 2024 is a Wednesday
        String outlook = "The outlook\n\nToday: Two banks report after the close.\n\nTomorrow: More earnings.\n\n"
                + "Friday: A bank reports as it awaits approval.\n";
        assertThat(values(outlook, "2024-08-28")).containsExactly("Today=2024-08-28", "Tomorrow=2024-08-29", "Friday=2024-08-30");
        assertThat(values("Rates\n\nFriday: The central bank will decide on rates.\n", "2024-08-28"))
                .containsExactly("Friday=2024-08-30");
        assertThat(values("The week\n\nMonday: Stocks fell 2%.\n\nTuesday: Banks rally.\n", "2024-08-28"))
                .containsExactly("Monday=2024-08-26", "Tuesday=2024-08-27");
    }

    @Test
    void find_weekdayAfterMoreVerbsOfAPlanInThePresent_isAhead() {
        // 11 March 2020 is a Wednesday
        assertThat(values("The vote happens Monday.", "2020-03-11")).containsExactly("Monday=2020-03-16");
        assertThat(values("The court hears arguments Friday in the case.", "2020-03-11")).containsExactly("Friday=2020-03-13");
        assertThat(values("The party holds its convention Saturday.", "2020-03-11")).containsExactly("Saturday=2020-03-14");
        assertThat(values("The trial starts Monday and ends Friday.", "2020-03-11"))
                .containsExactly("Monday=2020-03-16", "Friday=2020-03-20");
        assertThat(values("The vote happened Monday.", "2020-03-11")).containsExactly("Monday=2020-03-09");
        assertThat(values("Fans counted the starts Monday.", "2020-03-11"))
                .as("a noun after a determiner is no verb").containsExactly("Monday=2020-03-09");
    }

    @Test
    void find_aYearEarlierAfterAQuarterWasTheLastDateNamed_isThatQuarterAYearBefore() {
        String text = "The maker said its third-quarter profit fell 10%. Sales slipped. Costs rose. Prices fell. "
                + "A year earlier, profit was $5 million. For the nine months, profit was $9 million, "
                + "compared with $7 million a year earlier.";
        assertThat(values(text, "2019-10-25")).containsExactly("third-quarter=2019-Q3", "A year earlier=2018-Q3",
                "the nine months=P9M", "a year earlier=2018");
    }

    @Test
    void find_thenCurrent_isAPresentGoneBy() {
        assertThat(values("Holders may buy shares at half the then current market price.", "2019-10-25"))
                .containsExactly("then current=PAST_REF");
        assertThat(values("The then-current chairman resigned; the current one stays.", "2019-10-25"))
                .containsExactly("then-current=PAST_REF", "current=PRESENT_REF");
    }

    @Test
    void find_untilAfterAVerbInThePast_isAWaitThatIsOver_whileContinuesToIsNoPlan() {
        assertThat(values("The agents didn't search the office until October, a month after the report.", "2023-04-26"))
                .containsExactly("October=2022-10", "a month=P1M");
        assertThat(values("The firm waited until October to act.", "2023-04-26")).containsExactly("October=2022-10");
        assertThat(values("The shop will stay shut until October.", "2023-04-26")).containsExactly("October=2023-10");
        assertThat(values("Regulators gave the firm until October to answer.", "2023-04-26"))
                .as("a deadline granted lies ahead").containsExactly("October=2023-10");
        assertThat(values("He continues to expect a rebound after a strong estimate in April.", "2026-06-05"))
                .containsExactly("April=2026-04");
        assertThat(values("The trial continues Monday.", "2026-06-05")).containsExactly("Monday=2026-06-08");
    }

    @Test
    void find_goingToAfterWasOrWere_isAFutureSeenFromThePast_noTimeAhead() {
        assertThat(values("This match was always going to be key, the game put off from February.", "2024-05-02"))
                .containsExactly("February=2024-02");
        assertThat(values("The club is going to replay the game in February.", "2024-05-02"))
                .containsExactly("February=2025-02");
    }

    @Test
    void find_vagueDecadesCenturiesAndMillennia_areWrittenWithTheLettersEAndCAndL() {
        // TIDES (which TimeML follows for values): L for millennium, C for century, E for decade
        assertThat(values("The feud has lasted for decades, the walls have stood for centuries and the rocks for millennia.",
                "2024-05-02")).containsExactly("decades=PXE", "centuries=PXC", "millennia=PXL");
        assertThat(values("The shop has been open for two decades.", "2024-05-02")).containsExactly("two decades=P20Y");
    }

    @Test
    void find_yearInANameIntroducedAsSuch_isPartOfTheName_noTime() {
        // TIDES: proper names that contain or comprise a time expression name entities and are not time expressions
        assertThat(values("The two men set up a joint venture called Zephyr 1990, which makes pumps.", "2024-05-02")).isEmpty();
        assertThat(values("The plan, dubbed Horizon 2030, won wide support.", "2024-05-02")).isEmpty();
        assertThat(values("The venture, called Zephyr, was founded in 1990.", "2024-05-02")).containsExactly("1990=1990");
    }

    @Test
    void find_minutesToOrPastAnHour_isATimeOfDay() {
        // TimeML 1.2, TIMEX3 type TIME: "Mr. Smith left ten minutes to three", "at five to eight", "at half past noon"
        assertThat(values("The guards left the gate at ten minutes to nine in the morning.", "2024-05-02"))
                .containsExactly("ten minutes to nine in the morning=2024-05-02T08:50");
        assertThat(values("The ferry sailed at half past noon, and the bus left at five to eight p.m.", "2024-05-02"))
                .containsExactly("half past noon=2024-05-02T12:30", "five to eight p.m.=2024-05-02T19:55");
        assertThat(values("The bell rang at a quarter past 4 p.m. and again at twenty after six p.m.", "2024-05-02"))
                .containsExactly("a quarter past 4 p.m.=2024-05-02T16:15", "twenty after six p.m.=2024-05-02T18:20");
        // amounts, not hours
        assertThat(values("The clinic cut the wait from 20 minutes to 3.", "2024-05-02")).containsExactly("20 minutes=PT20M");
        assertThat(values("Turnout rose to 3 million, up five to eight percent.", "2024-05-02")).isEmpty();
        assertThat(values("They scored ten minutes after three goals.", "2024-05-02")).containsExactly("ten minutes=PT10M");
        assertThat(values("The committee backed the plan by about 8 to 5 on Tuesday.", "2024-05-02"))
                .containsExactly("Tuesday=2024-04-30");
    }

    @Test
    void find_dayAfterTheFuturePerfect_liesAhead() {
        // the TIDES guideline example "We will have barbecued turkey on Thanksgiving this year" is a Thanksgiving ahead
        assertThat(values("The crew will have finished the roof in March.", "2024-05-02")).containsExactly("March=2025-03");
        assertThat(values("We'll have moved the shop by Thanksgiving.", "2024-05-02")).containsExactly("Thanksgiving=2024-11-28");
        assertThat(values("The crew would have finished the roof in March.", "2024-05-02")).containsExactly("March=2024-03");
    }

    @Test
    void find_seasonAfterAYearNamedInItsSentence_isThatYearsSeason() {
        // TIDES guideline example: "There was a big wildfire in 1964, in the summer." marks "the summer" 1964-SU
        assertThat(values("There was a big flood in 1964, in the summer.", "2024-05-02"))
                .containsExactly("1964=1964", "the summer=1964-SU");
        assertThat(values("Prices rose in 2019. The shop will reopen in the summer.", "2024-05-02"))
                .containsExactly("2019=2019", "the summer=2024-SU");
    }

    @Test
    void find_hourSpelledOutWithItsHalfOfTheDay_isATimeOfDay() {
        // TimeML 1.2, TIMEX3 type TIME: "eleven in the morning", "twelve o'clock January 3, 1984"
        assertThat(values("The talks ended at eleven in the morning.", "2024-05-02")).containsExactly("eleven in the morning=2024-05-02T11:00");
        assertThat(values("The gates open at six p.m. and close at ten o'clock.", "2024-05-02"))
                .containsExactly("six p.m.=2024-05-02T18:00", "ten o'clock=2024-05-02T10:00");
        assertThat(values("Six in the group said no.", "2024-05-02")).isEmpty();
    }
}
