package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * A factual statement of one article at the level of a clause: who did what, said what, when, how many
 * ("The ministry said 14 people were injured on Tuesday"). Every part is a span over the article's clean text.
 *
 * @param span    the clause's words
 * @param actors  the entity mentions inside it, in text order
 * @param numbers the numbers it states ("14", "$2.5 billion", "three"), in text order
 * @param dates   the time expressions inside it, in text order
 */
public record Claim(Span span, List<Span> actors, List<Span> numbers, List<Span> dates) {
    public Claim {
        Objects.requireNonNull(span, "span");
        actors = List.copyOf(actors);
        numbers = List.copyOf(numbers);
        dates = List.copyOf(dates);
        if (span.length() == 0) {
            throw new IllegalArgumentException("a claim must have words, its span " + span + " is empty");
        }
        for (List<Span> parts : List.of(actors, numbers, dates)) {
            for (Span part : parts) {
                if (!span.contains(part)) {
                    throw new IllegalArgumentException("a claim's parts lie inside it: " + part + " is outside " + span);
                }
            }
        }
    }
}
