package org.parallax.model;

import java.util.Objects;

/**
 * Something an article reports someone said: the words said, and who said them, each a span over the article's
 * clean text. A direct quote stands in quotation marks ({@code Peskov said, "There are realities."}); reported
 * speech gives the content in the writer's words ({@code Moscow said it is open to talks}).
 *
 * @param content  the words said: for a direct quote, inside its marks (over several paragraphs when one
 *                 reopens it); for reported speech, the clause reported
 * @param direct   whether the content stands in quotation marks
 * @param headline whether it stands in a headline line, kept apart from the article's reporting
 * @param cue      the words that mark it as speech ("said", "told reporters", "according to"), or null
 * @param source   the words naming who said it where it is said ("he", "Peskov", "the statement"), or null
 * @param speaker  a mention in the article's entity layer naming the speaker (the source itself, or the name
 *                 a pronoun or a role stands for), or null when the speaker cannot be known
 * @param via      a mention of the medium that relays it ("CCTV quoted ..."), or null
 */
public record Quote(Span content, boolean direct, boolean headline, Span cue, Span source, Span speaker, Span via) {
    public Quote {
        Objects.requireNonNull(content, "content");
        if (content.length() == 0) {
            throw new IllegalArgumentException("a quote must say something, its content " + content + " is empty");
        }
    }

    /** Whether every span of this quote lies inside a text of {@code length} code units. */
    public boolean fits(int length) {
        for (Span s : new Span[] {content, cue, source, speaker, via}) {
            if (s != null && s.end() > length) {
                return false;
            }
        }
        return true;
    }
}
