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
}
