package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleTime;
import org.parallax.model.Span;
import org.parallax.model.TimeExpression;
import org.parallax.store.Timeline;

class TimelinePagesTest {
    private static final String TEXT = "The bridge closed on Tuesday.";

    private static Timeline.Day day(String day) {
        TimeExpression tuesday = new TimeExpression(new Span(21, 28), TimeExpression.Type.DATE, day, null,
                TimeExpression.Anchor.ARTICLE);
        return new Timeline.Day(LocalDate.parse(day), LocalDate.parse(day), List.of(new Timeline.Event(TEXT,
                new ArticleTime("a1", "Tuesday", tuesday), List.of(new Timeline.Witness("a1", "Bridge shut", "Wire", 0, "s1")))));
    }

    private static List<String> all(String regex, String in) {
        Matcher m = Pattern.compile(regex).matcher(in);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void section_oneDay_labelsTheDayUnderItsDot() {
        String html = TimelinePages.section(new Timeline("s1", List.of(day("2025-03-04")), 0));
        assertThat(all("<circle cx=\"(\\d+)\"", html)).hasSize(1);
        assertThat(all("<text x=\"(\\d+)\"[^>]*>2025-03-04<", html)).as("the label's x")
                .isEqualTo(all("<circle cx=\"(\\d+)\"", html));
        assertThat(html).contains("text-anchor=\"middle\">2025-03-04</text>");
    }

    @Test
    void section_severalDays_labelsTheFirstAndLastAtTheirDots_andSaysWhatTheDotsAre() {
        String html = TimelinePages.section(new Timeline("s1", List.of(day("2025-03-04"), day("2025-03-10")), 0));
        List<String> dots = all("<circle cx=\"(\\d+)\"", html);
        assertThat(dots).hasSize(2);
        assertThat(all("<text x=\"(\\d+)\"[^>]*>2025-03-04<", html)).containsExactly(dots.get(0));
        assertThat(html).contains("<p class=\"meta days\">Each dot is a day the articles' words name");
    }

    @Test
    void section_ofStoryline_namesTheStory_butNotTwiceInARow_andNeverByItsId() {
        TimeExpression tuesday = new TimeExpression(new Span(21, 28), TimeExpression.Type.DATE, "2025-03-04", null,
                TimeExpression.Anchor.ARTICLE);
        Timeline.Event unknownOutlet = new Timeline.Event(TEXT, new ArticleTime("a2", "Tuesday", tuesday),
                List.of(new Timeline.Witness("a2", "Bridge shut", null, 0, "s1")));
        Timeline.Event wire = new Timeline.Event(TEXT, new ArticleTime("a1", "Tuesday", tuesday),
                List.of(new Timeline.Witness("a1", "Bridge shut", "Wire", 0, "s1")));
        Timeline.Event untitled = new Timeline.Event(TEXT, new ArticleTime("a3", "Tuesday", tuesday),
                List.of(new Timeline.Witness("a3", "Ferry late", "Post", 0, "s9")));
        String html = TimelinePages.section(new Timeline("l1", List.of(new Timeline.Day(LocalDate.parse("2025-03-04"),
                LocalDate.parse("2025-03-04"), List.of(unknownOutlet, wire, untitled))), 0), java.util.Map.of("s1", "Bridge shut"));
        assertThat(html).contains(">Bridge shut</a> · <time title=\"").contains("· in <a class=\"story\" href=\"/stories/s1\">its story</a>")
                .contains(">Wire</a> · <time").contains("· in <a class=\"story\" href=\"/stories/s1\">Bridge shut</a>")
                .contains("· in <a class=\"story\" href=\"/stories/s9\">its story</a>").doesNotContain(">s9</a>");
    }
}
