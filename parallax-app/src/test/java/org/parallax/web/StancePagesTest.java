package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.AttributedStance;
import org.parallax.model.Span;
import org.parallax.model.Stance;
import org.parallax.store.ReportedStance;

class StancePagesTest {
    private static ReportedStance reported(String outlet, String title) {
        String text = "The council backs the <b>plan</b>.";
        Stance s = new Stance(new Span(0, 11), "plan", "plan", new Span(22, 33), Stance.Position.SUPPORTS, null,
                new Span(0, text.length()), null);
        AttributedStance a = new AttributedStance("a1", s, text, "The council", null, "e1", "Council", null, null, null);
        return new ReportedStance(a, title, outlet, "2024-03-05", "s1", "Story");
    }

    @Test
    void ofEntity_namesTheOutlet_orSaysItIsNotKnown_andEscapesTheWords() {
        String known = StancePages.ofEntity("e1", "Council", List.of(reported("Wire", "Headline")), id -> List.of());
        assertThat(known).contains("<span class=\"meta\">Wire · ").doesNotContain("unknown-outlet", "<b>plan");
        for (String outlet : new String[] {null, " "}) {
            String unknown = StancePages.ofEntity("e1", "Council", List.of(reported(outlet, "A <i>headline</i>")), id -> List.of());
            assertThat(unknown).contains("<em class=\"unknown-outlet\">outlet not known:</em> A &lt;i&gt;headline&lt;/i&gt; · ");
        }
    }
}
