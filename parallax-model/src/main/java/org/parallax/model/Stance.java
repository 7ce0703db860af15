package org.parallax.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Where an actor stands, as one article reports it: on an issue ("China called for a ceasefire") or toward another
 * actor ("the senator criticized the governor"), with the words that show it. Every part is a span over the
 * article's clean text, so the stance can be traced to its words.
 *
 * @param actor      a mention in the article's entity layer naming who takes the stance (the speaker of a quote,
 *                   the subject of a stance verb, the one a reported position is reported for)
 * @param issue      what the stance is on, normalized: lower case, without determiners and possessors, the head in
 *                   the singular, equivalent terms folded to one ("ceasefire in ukraine", "peace plan"); for a stance
 *                   toward another actor, that actor's name
 * @param topic      the broader matter the issue belongs to, under which stances on related issues are grouped (a
 *                   ceasefire, peace talks and a peace deal are all "peace process"); the issue's head when it
 *                   belongs to no known topic, the other actor's name for a stance toward an actor
 * @param issueWords where the words naming the issue (or the other actor) stand in the text
 * @param position   for, against, for on a condition, or neither
 * @param condition  the condition a conditional stance sets (the words after "only if", "unless"), else null
 * @param evidence   the words that show the stance: a quote's content, or the sentence that reports it
 * @param target     a mention of the other actor a stance toward an actor is taken toward, else null
 */
public record Stance(Span actor, String issue, String topic, Span issueWords, Position position, Span condition,
                     Span evidence, Span target) {
    public Stance {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(issueWords, "issueWords");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(evidence, "evidence");
        if (issue.isBlank() || topic.isBlank()) {
            throw new IllegalArgumentException("a stance must be on something, the one with evidence " + evidence
                    + " has a blank issue or topic");
        }
        if (evidence.length() == 0) {
            throw new IllegalArgumentException("a stance needs words to show it, its evidence " + evidence + " is empty");
        }
        if ((position == Position.CONDITIONAL) != (condition != null)) {
            throw new IllegalArgumentException("a stance has a condition exactly when it is conditional, the one with"
                    + " evidence " + evidence + " is " + position.label() + " with condition " + condition);
        }
    }

    /** Whether every span of this stance lies inside a text of {@code length} code units. */
    public boolean fits(int length) {
        for (Span s : new Span[] {actor, issueWords, condition, evidence, target}) {
            if (s != null && s.end() > length) {
                return false;
            }
        }
        return true;
    }

    /** The positions an actor can take. */
    public enum Position {
        /** For it: calls for it, supports it, praises them. */
        SUPPORTS,
        /** Against it: rejects it, does not support it, criticizes them. */
        OPPOSES,
        /** For it only on a condition ("ready for talks only if …", "will not accept a deal unless …"). */
        CONDITIONAL,
        /** Neither for nor against: declines to take a side ("did not condemn"). */
        NEUTRAL;

        /** The position's name in the bundle and the API: {@code supports}, {@code opposes}, … */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The position a label names; fails naming the labels there are. */
        public static Position of(String label) {
            for (Position p : values()) {
                if (p.label().equals(label)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("no position '" + label + "': supports, opposes, conditional or neutral");
        }
    }
}
